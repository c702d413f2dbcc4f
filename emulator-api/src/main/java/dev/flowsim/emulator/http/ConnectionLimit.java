package dev.flowsim.emulator.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cap on concurrent connections. A connection over the cap is answered 503 at once and closed, so a client that
 * opens sockets without end costs the emulator one short write each, not a thread or a buffer.
 */
final class ConnectionLimit {

    private final int max;
    private final AtomicInteger open = new AtomicInteger();

    ConnectionLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the connection limit must be at least 1, got " + max);
        }
        this.max = max;
    }

    /** Counts the new channel in; false when it is over the cap (it is then counted until it closes anyway). */
    boolean admit(Channel channel) {
        int now = open.incrementAndGet();
        channel.closeFuture().addListener(f -> open.decrementAndGet());
        return now <= max;
    }

    int open() {
        return open.get();
    }

    /** The only handler of a refused connection: answers 503 and closes. */
    ChannelInboundHandlerAdapter refusal(FrontDoorErrors errors) {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                NettyResponses.write(ctx, errors.render(NettyResponses.partial(ctx, null),
                        FrontDoorErrors.tooManyConnections(max)), true);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                io.netty.util.ReferenceCountUtil.release(msg);
            }
        };
    }
}
