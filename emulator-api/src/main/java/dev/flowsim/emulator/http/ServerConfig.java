package dev.flowsim.emulator.http;

import java.time.Duration;

/**
 * The emulator server's network settings and limits. Every limit is explicit here, with its default, so the banner
 * and docs can show them and nothing is unbounded.
 *
 * @param host            address to bind; 127.0.0.1 by default so a laptop's emulator is not on the network
 * @param port            0 picks an ephemeral port (tests)
 * @param maxBodyBytes    largest request body accepted; PutLogEvents' 1 MiB batch plus JSON overhead fits
 * @param maxHeaderBytes  largest header block
 * @param idleTimeout     a connection with no traffic for this long is closed
 * @param workerThreads   threads that run operations, so the event loops never block
 * @param adminFromAnywhere whether /_flowsim/ answers non-loopback peers (off by default)
 */
public record ServerConfig(String host, int port, int maxBodyBytes, int maxHeaderBytes, Duration idleTimeout,
                           int workerThreads, boolean adminFromAnywhere) {

    public static final int DEFAULT_PORT = 4566;

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, 2 * 1024 * 1024, 16 * 1024, Duration.ofSeconds(60),
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2), false);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, maxHeaderBytes, idleTimeout, workerThreads,
                adminFromAnywhere);
    }
}
