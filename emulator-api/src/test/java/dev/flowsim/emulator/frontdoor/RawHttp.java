package dev.flowsim.emulator.frontdoor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A raw socket to the emulator, for what no HTTP client will send: slow bytes, broken requests, huge headers. */
final class RawHttp implements AutoCloseable {

    final Socket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean closedByServer;

    RawHttp(URI endpoint) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5000);
        socket.setSoTimeout(50);
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads whatever has arrived (waiting at most 50 ms for the first byte); notes when the server has closed. */
    String poll() {
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            do {
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                    break;
                }
                received.write(buffer, 0, n);
            } while (in.available() > 0);
        } catch (SocketTimeoutException e) {
            // nothing more for now
        } catch (IOException e) {
            closedByServer = true;
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /**
     * Blocks until one whole response (status line, headers, Content-Length body) has arrived and returns its status;
     * the bytes stay in {@link #received()}.
     */
    int awaitResponse(java.time.Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int start = received.size();
        while (System.nanoTime() < deadline) {
            byte[] all = received.toByteArray();
            String text = new String(all, start, all.length - start, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
                        .matcher(text.substring(0, end));
                int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
                if (text.length() >= end + 4 + bodyLength) {
                    return Integer.parseInt(text.substring(9, 12));
                }
            }
            poll();
            if (closedByServer && received.size() == all.length) {
                throw new IOException("closed by the server before a whole response arrived: " + text);
            }
        }
        throw new IOException("no whole response within " + timeout);
    }

    /** True once the server closed (after {@link #poll}). */
    boolean closedByServer() {
        poll();
        return closedByServer;
    }

    String received() {
        return poll();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
