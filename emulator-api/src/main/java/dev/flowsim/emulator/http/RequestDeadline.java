package dev.flowsim.emulator.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.LastHttpContent;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read timeout: once the first byte of a request arrives, the whole request must arrive within the deadline or
 * the connection is answered 408 and closed. The idle timeout alone cannot stop a client that sends one byte per
 * second (slowloris), since every byte resets it. Sits in front of the HTTP decoder; its {@link #completion()}
 * handler sits behind it and disarms the deadline when the request's last part is decoded.
 *
 * <p>The timer is not scheduled and cancelled per request (a task and two priority-queue operations each time, which
 * showed in the profile of one-event requests): one timer per connection checks, when it fires, whether the request
 * then in progress started more than the timeout ago, and waits again for the rest of its time if not.
 */
final class RequestDeadline extends ChannelInboundHandlerAdapter {

    private final Duration timeout;
    private final FrontDoorErrors errors;
    private ScheduledFuture<?> timer;
    private boolean receiving;
    private long requestStartedNanos;

    RequestDeadline(Duration timeout, FrontDoorErrors errors) {
        this.timeout = timeout;
        this.errors = errors;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!receiving && msg instanceof ByteBuf bytes && bytes.isReadable()) {
            receiving = true;
            requestStartedNanos = System.nanoTime();
            if (timer == null) {
                timer = ctx.executor().schedule(() -> check(ctx), timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private void check(ChannelHandlerContext ctx) {
        timer = null;
        if (!receiving) {
            return;
        }
        long left = timeout.toNanos() - (System.nanoTime() - requestStartedNanos);
        if (left > 0) {
            timer = ctx.executor().schedule(() -> check(ctx), left, TimeUnit.NANOSECONDS);
            return;
        }
        if (ctx.channel().isActive()) {
            NettyResponses.write(ctx, errors.render(NettyResponses.partial(ctx, null),
                    FrontDoorErrors.tooSlow(timeout.toSeconds())), true);
        }
    }

    private void disarm() {
        receiving = false;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** The handler behind the decoder that marks a request as fully received. */
    ChannelInboundHandlerAdapter completion() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof LastHttpContent) {
                    receiving = false;
                }
                ctx.fireChannelRead(msg);
            }
        };
    }
}
