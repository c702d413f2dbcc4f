package dev.flowsim.emulator.http;

import dev.flowsim.emulator.faults.NetworkFault;
import dev.flowsim.emulator.faults.TransportDirective;
import dev.flowsim.emulator.wire.WireResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Hands a response to the connection, honouring an injected {@link TransportDirective}: a delay is scheduled on the
 * channel's event loop (nothing sleeps); a reset closes with SO_LINGER 0 so the peer sees an RST; a stall answers
 * nothing and leaves the idle timeout to close; a truncated body sends the headers with the full Content-Length (at
 * least 1) and half the body, then closes; a lost response closes without a byte.
 */
final class TransportFaults {

    /** Writes a response normally; the adapter's own writer. */
    @FunctionalInterface
    interface ResponseWriter {
        void write(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive);
    }

    private TransportFaults() {
    }

    /** Called with the pipeline's answer (on a worker or the event loop); channel operations run on the event loop. */
    static void deliver(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive, ResponseWriter writer) {
        Optional<TransportDirective> directive = TransportDirective.of(response);
        if (directive.isEmpty()) {
            if (ctx.executor().inEventLoop()) {
                writer.write(ctx, response, keepAlive);
            } else {
                ctx.executor().execute(() -> writer.write(ctx, response, keepAlive));
            }
            return;
        }
        WireResponse clean = TransportDirective.strip(response);
        Runnable act = () -> act(ctx, clean, keepAlive, directive.get().network(), writer);
        long delay = directive.get().delayMillis();
        if (delay > 0) {
            ctx.executor().schedule(act, delay, TimeUnit.MILLISECONDS);
        } else {
            ctx.executor().execute(act);
        }
    }

    private static void act(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive,
                            NetworkFault network, ResponseWriter writer) {
        if (network == null) {
            writer.write(ctx, response, keepAlive);
            return;
        }
        switch (network) {
            case RESET -> {
                ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                ctx.close();
            }
            case STALL -> {
                // Nothing is written; the idle timeout of the connection closes it eventually.
            }
            case RESPONSE_LOST -> ctx.close();
            case TRUNCATED_BODY -> truncated(ctx, response);
        }
    }

    private static void truncated(ChannelHandlerContext ctx, WireResponse response) {
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()));
        response.headers().forEach((k, v) -> head.headers().set(k, v));
        // An empty body cannot be cut: promise one byte that never comes, so the client still sees a short body.
        head.headers().set(HttpHeaderNames.CONTENT_LENGTH, Math.max(1, response.body().length));
        ctx.write(head);
        int half = response.body().length / 2;
        // Raw bytes after the head: the HTTP encoder passes ByteBufs through, so the body stays short.
        ctx.writeAndFlush(Unpooled.wrappedBuffer(response.body(), 0, half)).addListener(ChannelFutureListener.CLOSE);
    }
}
