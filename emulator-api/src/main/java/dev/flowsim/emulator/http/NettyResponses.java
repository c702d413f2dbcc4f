package dev.flowsim.emulator.http;

import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import java.net.InetSocketAddress;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few Netty conversions the HTTP layer's own refusals need. */
final class NettyResponses {

    private NettyResponses() {
    }

    /** What was read of a request that will not reach the pipeline: its line and headers, no body. */
    static WireRequest partial(ChannelHandlerContext ctx, HttpMessage message) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String method = "POST";
        String path = "/";
        if (message != null) {
            message.headers().iteratorAsString().forEachRemaining(h ->
                    headers.add(new AbstractMap.SimpleImmutableEntry<>(h.getKey(), h.getValue())));
            if (message instanceof HttpRequest request) {
                method = request.method().name();
                int q = request.uri().indexOf('?');
                path = q < 0 ? request.uri() : request.uri().substring(0, q);
            }
        }
        String remote = ctx.channel().remoteAddress() instanceof InetSocketAddress isa && isa.getAddress() != null
                ? isa.getAddress().getHostAddress() : "";
        return new WireRequest(method, path, "", headers, new byte[0], remote);
    }

    /**
     * Writes a refusal through the whole pipeline (so the HTTP encoder sees it, whichever handler refuses);
     * {@code close} ends the connection once it is out.
     */
    static ChannelFuture write(ChannelHandlerContext ctx, WireResponse response, boolean close) {
        FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
        response.headers().forEach((k, v) -> out.headers().set(k, v));
        out.headers().set(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        HttpUtil.setKeepAlive(out, !close);
        ChannelFuture future = ctx.channel().writeAndFlush(out);
        if (close) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
        return future;
    }
}
