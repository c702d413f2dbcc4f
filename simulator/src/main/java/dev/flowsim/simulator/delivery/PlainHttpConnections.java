package dev.flowsim.simulator.delivery;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Blocking HTTP/1.1 exchanges over plain keep-alive sockets to one host, for the one call the simulator makes per
 * batch (PutLogEvents). The calling thread writes the request in one gathering write and reads the answer itself:
 * no hand-off to the JDK client's selector and executor threads and back (with the JDK client the sender threads
 * of {@code bench publish} cost ~400 µs of CPU per request, with this ~240 µs; docs/PERFORMANCE.md, round 6).
 * Connections are pooled and reused only while the server keeps them open: one idle for more than a second is
 * probed first (a closed one is dropped), and "Connection: close" closes.
 * A failed exchange closes its connection and is never resent (PutLogEvents is not idempotent; the caller's
 * retries decide). Thread-safe.
 */
final class PlainHttpConnections implements AutoCloseable {

    /** What the server answered; header names lower-cased. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Duration PROBE_AFTER_IDLE = Duration.ofSeconds(1);
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final InetSocketAddress address;
    private final int connectTimeoutMillis;
    private final long probeAfterIdleNanos;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    PlainHttpConnections(String host, int port, Duration connectTimeout) {
        this(host, port, connectTimeout, PROBE_AFTER_IDLE);
    }

    /** @param probeAfterIdle a pooled connection idle this long is checked before it is used again */
    PlainHttpConnections(String host, int port, Duration connectTimeout, Duration probeAfterIdle) {
        this.address = new InetSocketAddress(Objects.requireNonNull(host, "host"), port);
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        this.probeAfterIdleNanos = probeAfterIdle.toNanos();
    }

    /**
     * Sends {@code head} (request line and headers, ending with the empty line) and {@code body}, and reads the
     * whole answer.
     *
     * @param timeout how long to wait for each read of the answer
     */
    Response exchange(byte[] head, byte[] body, Duration timeout) throws IOException {
        Connection connection = take();
        boolean reusable = false;
        try {
            connection.socket.socket().setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            ByteBuffer[] request = {ByteBuffer.wrap(head), ByteBuffer.wrap(body)};
            while (request[0].hasRemaining() || request[1].hasRemaining()) {
                connection.socket.write(request);
            }
            Response response = read(connection.in);
            reusable = !"close".equalsIgnoreCase(response.header("Connection"));
            return response;
        } finally {
            if (reusable && !closed) {
                connection.idleSince = System.nanoTime();
                idle.addFirst(connection);
            } else {
                connection.close();
            }
        }
    }

    private Connection take() throws IOException {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            if (System.nanoTime() - connection.idleSince < probeAfterIdleNanos || connection.stillOpen()) {
                return connection;
            }
            connection.close();
        }
        SocketChannel socket = SocketChannel.open();
        try {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            socket.socket().connect(address, connectTimeoutMillis);
            return new Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        int headerBytes = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            headerBytes += line.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("answer headers longer than " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(), (first, later) -> first + "," + later);
            }
        }
        String length = headers.get("content-length");
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
            if (body.length < Integer.parseInt(length)) {
                throw new EOFException("the connection closed in the middle of the answer's body");
            }
        } else if (status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes(); // no length: the body ends with the connection
            headers.put("connection", "close");
        }
        return new Response(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: none that matter here
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("the connection closed in the middle of a chunk");
            }
            body.write(chunk);
            line(in);
        }
    }

    /** One CRLF-terminated line as ISO-8859-1, without the line end; EOF before any byte is a closed connection. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(line.length() == 0 ? "the server closed the connection without an answer"
                        : "the connection closed in the middle of the answer's headers");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("answer line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    private static final class Connection {
        final SocketChannel socket;
        final InputStream in;
        long idleSince;

        Connection(SocketChannel socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.socket().getInputStream(), 8192);
        }

        /** False when the server has closed it (or sent something unasked) while it sat in the pool. */
        boolean stillOpen() {
            try {
                socket.configureBlocking(false);
                int read = socket.read(ByteBuffer.allocate(1));
                socket.configureBlocking(true);
                return read == 0;
            } catch (IOException e) {
                return false;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all that was wanted.
            }
        }
    }
}
