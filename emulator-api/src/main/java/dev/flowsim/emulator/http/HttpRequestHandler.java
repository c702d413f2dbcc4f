package dev.flowsim.emulator.http;

import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;

import java.net.InetSocketAddress;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Adapts Netty to the wire-free pipeline: copies the aggregated request into a {@link WireRequest}, runs the pipeline
 * on a worker thread (the event loop never waits on an operation) and writes the answer back on the event loop.
 * One instance per connection. HTTP/1.1 requires answers in request order, so a connection has at most one request
 * in the pipeline; pipelined requests wait in {@link #waiting} (touched only on the connection's event loop).
 * Requests the {@code onEventLoop} test picks (small, bounded, non-blocking work such as a small PutLogEvents) run
 * on the event loop itself: two thread hand-offs and their wake-ups would cost more than the operation.
 */
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean busy;

    /** A request that arrived while an earlier one on the same connection was still being answered. */
    private record Pending(WireRequest request, boolean keepAlive) {
    }

    private final Function<WireRequest, WireResponse> router;
    private final Executor workers;
    private final FrontDoorErrors errors;
    private final ServerConfig limits;
    private final Predicate<WireRequest> onEventLoop;

    HttpRequestHandler(Function<WireRequest, WireResponse> router, Executor workers, FrontDoorErrors errors,
                       ServerConfig limits, Predicate<WireRequest> onEventLoop) {
        this.router = router;
        this.workers = workers;
        this.errors = errors;
        this.limits = limits;
        this.onEventLoop = onEventLoop;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (msg.decoderResult().isFailure()) {
            // The decoder cannot resynchronise after a broken request, so the connection ends with the answer.
            NettyResponses.write(ctx, errors.render(NettyResponses.partial(ctx, msg),
                    DecoderFailures.asError(msg.decoderResult().cause(), limits)), true);
            return;
        }
        WireRequest request = toWire(ctx, msg);
        if (busy) {
            waiting.addLast(new Pending(request, keepAlive));
            return;
        }
        dispatch(ctx, request, keepAlive);
    }

    private void dispatch(ChannelHandlerContext ctx, WireRequest request, boolean keepAlive) {
        busy = true;
        if (onEventLoop.test(request)) {
            answer(ctx, request, keepAlive);
            return;
        }
        try {
            workers.execute(() -> answer(ctx, request, keepAlive));
        } catch (RejectedExecutionException e) {
            write(ctx, WireResponse.of(503, "text/plain", "The emulator is shutting down\n"), false);
            waiting.clear();
        }
    }

    private void answer(ChannelHandlerContext ctx, WireRequest request, boolean keepAlive) {
        WireResponse response = router.apply(request);
        TransportFaults.deliver(ctx, response, keepAlive, (c, r, k) -> {
            write(c, r, k);
            next(c);
        });
    }

    /** Called on the event loop once a response is written: the next pipelined request may go. */
    private void next(ChannelHandlerContext ctx) {
        busy = false;
        Pending pending = waiting.pollFirst();
        if (pending != null && ctx.channel().isActive()) {
            dispatch(ctx, pending.request(), pending.keepAlive());
        }
    }

    private static WireRequest toWire(ChannelHandlerContext ctx, FullHttpRequest msg) {
        String uri = msg.uri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? "" : uri.substring(q + 1);
        List<Map.Entry<String, String>> headers = new ArrayList<>(msg.headers().size());
        msg.headers().iteratorAsString().forEachRemaining(h ->
                headers.add(new AbstractMap.SimpleImmutableEntry<>(h.getKey(), h.getValue())));
        byte[] body = ByteBufUtil.getBytes(msg.content());
        String remote = ctx.channel().remoteAddress() instanceof InetSocketAddress isa && isa.getAddress() != null
                ? isa.getAddress().getHostAddress() : "";
        return new WireRequest(msg.method().name(), path, query, headers, body, remote);
    }

    private static void write(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive) {
        FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
        response.headers().forEach((k, v) -> out.headers().set(k, v));
        out.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        out.headers().set(HttpHeaderNames.DATE, HttpDateHeader.now());
        HttpUtil.setKeepAlive(out, keepAlive);
        var future = ctx.writeAndFlush(out);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
