package dev.flowsim.cli.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The publisher's own {@code GET /metrics} in Prometheus' text format: its counters live in this process, not in
 * the emulator's. One small thread; nothing else is served.
 */
public final class MetricsEndpoint implements AutoCloseable {

    public static final String PATH = "/metrics";

    private final HttpServer server;
    private final ExecutorService worker;

    private MetricsEndpoint(HttpServer server, ExecutorService worker) {
        this.server = server;
        this.worker = worker;
    }

    /** Binds {@code host:port} (port 0: any free port) and starts serving the registry. */
    public static MetricsEndpoint start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext(PATH, exchange -> answer(exchange, registry));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "flowsim-publish-metrics");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(worker);
        server.start();
        return new MetricsEndpoint(server, worker);
    }

    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + PATH);
    }

    @Override
    public void close() {
        server.stop(0);
        worker.shutdownNow();
    }

    private static void answer(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
