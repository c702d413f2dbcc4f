package dev.flowsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Measures start-up as a client sees it: from the JVM's start to the first successful answer of the health
 * endpoint, asked over a plain socket (an HTTP client library would add its own start-up to the figure).
 */
final class ReadyCheck {

    private ReadyCheck() {
    }

    /** @return milliseconds from JVM start until {@code GET /_flowsim/health} answered 200 */
    static long millisSinceJvmStartUntilHealthy(URI endpoint) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /_flowsim/health HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            String line = new String(status, StandardCharsets.US_ASCII);
            if (!line.startsWith("HTTP/1.1 200")) {
                throw new IOException("the health endpoint answered '" + line + "'");
            }
        }
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
