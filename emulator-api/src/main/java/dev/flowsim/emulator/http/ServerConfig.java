package dev.flowsim.emulator.http;

import java.time.Duration;

/**
 * The emulator server's network settings and limits. Every limit is explicit here, with its default, so the banner
 * and docs can show them and nothing is unbounded (docs/SECURITY.md lists them and the flags that change them).
 *
 * @param host            address to bind; 127.0.0.1 by default so a laptop's emulator is not on the network
 * @param port            0 picks an ephemeral port (tests)
 * @param maxBodyBytes    largest request body accepted; PutLogEvents' 1 MiB batch plus JSON overhead fits
 * @param maxHeaderBytes  largest header block
 * @param idleTimeout     a connection with no traffic for this long is closed
 * @param workerThreads   threads that run operations, so the event loops never block
 * @param adminFromAnywhere whether /_flowsim/ answers non-loopback peers (off by default)
 * @param readTimeout     a request must arrive completely within this time of its first byte (stops slowloris)
 * @param maxConnections  concurrent connections; the next one is answered 503 and closed
 */
public record ServerConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, Duration idleTimeout,
                           int workerThreads, boolean adminFromAnywhere, Duration readTimeout, int maxConnections) {

    public static final int DEFAULT_PORT = 4566;
    /** Longest request line (method, URI with query, version); presigned URLs stay far below. */
    public static final int MAX_INITIAL_LINE_BYTES = 8192;

    public ServerConfig {
        if (maxBodyBytes < 1 || maxHeaderBytes < 1 || maxConnections < 1 || workerThreads < 1) {
            throw new IllegalArgumentException("server limits must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("server timeouts must be positive");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, 2 * 1024 * 1024, 16 * 1024, Duration.ofSeconds(60),
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2), false, Duration.ofSeconds(30), 1024);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, maxConnections);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, maxConnections);
    }

    public ServerConfig withMaxBodyBytes(int newMaxBodyBytes) {
        return new ServerConfig(host, port, newMaxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, maxConnections);
    }

    public ServerConfig withMaxHeaderBytes(int newMaxHeaderBytes) {
        return new ServerConfig(host, port, maxBodyBytes, newMaxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, maxConnections);
    }

    public ServerConfig withIdleTimeout(Duration newIdleTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, maxHeaderBytes, newIdleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, maxConnections);
    }

    public ServerConfig withReadTimeout(Duration newReadTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, newReadTimeout, maxConnections);
    }

    public ServerConfig withMaxConnections(int newMaxConnections) {
        return new ServerConfig(host, port, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere, readTimeout, newMaxConnections);
    }

    public ServerConfig withAdminFromAnywhere(boolean newAdminFromAnywhere) {
        return new ServerConfig(host, port, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                newAdminFromAnywhere, readTimeout, maxConnections);
    }
}
