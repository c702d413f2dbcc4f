package dev.flowsim.emulator.http;

import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;

import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The HTTP/1.1 server: keep-alive, operations on a worker pool (or, for requests picked as cheap, on the event loop), and the limits of {@link ServerConfig}: a connection
 * cap, a read deadline per request, an idle timeout, header and body limits, each refusal answered in the service's
 * protocol by {@link FrontDoorErrors}.
 */
public final class EmulatorServer implements AutoCloseable {

    private final ServerConfig config;
    private final Function<WireRequest, WireResponse> router;
    private final FrontDoorErrors errors;
    private final ConnectionLimit connections;
    private final Predicate<WireRequest> onEventLoop;
    private EventLoopGroup boss;
    private EventLoopGroup loops;
    private ExecutorService workers;
    private Channel channel;

    public EmulatorServer(ServerConfig config, Function<WireRequest, WireResponse> router) {
        this(config, router, FrontDoorErrors.plain());
    }

    public EmulatorServer(ServerConfig config, Function<WireRequest, WireResponse> router, FrontDoorErrors errors) {
        this(config, router, errors, request -> false);
    }

    /**
     * @param onEventLoop picks the requests cheap enough to run on the connection's event loop (bounded CPU work,
     *                    no I/O, no waiting beyond short store locks); all others go to the worker pool
     */
    public EmulatorServer(ServerConfig config, Function<WireRequest, WireResponse> router, FrontDoorErrors errors,
                          Predicate<WireRequest> onEventLoop) {
        this.onEventLoop = onEventLoop;
        this.config = config;
        this.router = router;
        this.errors = errors;
        this.connections = new ConnectionLimit(config.maxConnections());
    }

    /**
     * Loads and initialises the Netty classes a server needs, on a short-lived daemon thread, so that this happens on
     * the second core while the caller builds the services: about a fifth of the time to ready otherwise.
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> {
            try {
                ClassLoader classes = EmulatorServer.class.getClassLoader();
                for (String name : NETTY_CLASSES) {
                    Class.forName(name, true, classes);
                }
                io.netty.buffer.ByteBufAllocator.DEFAULT.buffer(1).release();
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: start() loads whatever this did not.
            }
        }, "flowsim-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static final String[] NETTY_CLASSES = {
        "io.netty.util.internal.PlatformDependent",
        "io.netty.channel.MultiThreadIoEventLoopGroup",
        "io.netty.channel.nio.NioIoHandler",
        "io.netty.bootstrap.ServerBootstrap",
        "io.netty.channel.socket.nio.NioServerSocketChannel",
        "io.netty.channel.socket.nio.NioSocketChannel",
        "io.netty.channel.DefaultChannelPipeline",
        "io.netty.handler.codec.http.HttpServerCodec",
        "io.netty.handler.codec.http.HttpObjectAggregator",
        "io.netty.handler.codec.http.DefaultFullHttpResponse",
        "io.netty.handler.timeout.IdleStateHandler",
        "io.netty.buffer.PooledByteBufAllocator",
    };

    /** Binds and returns the address actually bound (the port is real even when 0 was asked for). */
    public InetSocketAddress start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, daemonThreads("flowsim-accept"), NioIoHandler.newFactory());
        loops = new MultiThreadIoEventLoopGroup(0, daemonThreads("flowsim-io"), NioIoHandler.newFactory());
        workers = Executors.newFixedThreadPool(config.workerThreads(), daemonThreads("flowsim-op"));
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (!connections.admit(ch)) {
                            ch.pipeline().addLast(new HttpResponseEncoder()).addLast(connections.refusal(errors));
                            return;
                        }
                        RequestDeadline deadline = new RequestDeadline(config.readTimeout(), errors);
                        ch.pipeline()
                                .addLast(deadline)
                                .addLast(new IdleStateHandler(0, 0, config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
                                .addLast(new HttpServerCodec(ServerConfig.MAX_INITIAL_LINE_BYTES, config.maxHeaderBytes(),
                                        64 * 1024))
                                .addLast(deadline.completion())
                                .addLast(new HttpServerKeepAliveHandler())
                                .addLast(new HttpServerExpectContinueHandler())
                                .addLast(new BoundedAggregator(config.maxBodyBytes(), errors))
                                .addLast(new HttpRequestHandler(router, workers, errors, config, onEventLoop));
                    }
                });
        channel = bootstrap.bind(config.host(), config.port()).sync().channel();
        return (InetSocketAddress) channel.localAddress();
    }

    /** Connections open right now (for tests and metrics). */
    public int openConnections() {
        return connections.open();
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (loops != null) {
            loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
