package dev.flowsim.emulator.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator with the body limit answered in the service's protocol instead of a bare 413. As in Netty, the
 * connection stays open when the client announced the size (keep-alive, the rest of the body is skipped, and the
 * read timeout bounds how long that may take) and is closed when the body was already arriving without a length.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;
    private final FrontDoorErrors errors;

    BoundedAggregator(int maxBodyBytes, FrontDoorErrors errors) {
        super(maxBodyBytes, true);
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage || !HttpUtil.isKeepAlive(oversized);
        NettyResponses.write(ctx, errors.render(NettyResponses.partial(ctx, oversized),
                FrontDoorErrors.bodyTooLarge(maxBodyBytes)), close);
    }
}
