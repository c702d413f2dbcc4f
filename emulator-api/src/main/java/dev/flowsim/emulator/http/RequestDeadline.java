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
 */
final class RequestDeadline extends ChannelInboundHandlerAdapter {

    private final Duration timeout;
    private final FrontDoorErrors errors;
    private ScheduledFuture<?> timer;

    RequestDeadline(Duration timeout, FrontDoorErrors errors) {
        this.timeout = timeout;
        this.errors = errors;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (timer == null && msg instanceof ByteBuf bytes && bytes.isReadable()) {
            timer = ctx.executor().schedule(() -> expire(ctx), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private void expire(ChannelHandlerContext ctx) {
        timer = null;
        if (ctx.channel().isActive()) {
            NettyResponses.write(ctx, errors.render(NettyResponses.partial(ctx, null),
                    FrontDoorErrors.tooSlow(timeout.toSeconds())), true);
        }
    }

    private void disarm() {
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
                    disarm();
                }
                ctx.fireChannelRead(msg);
            }
        };
    }
}
