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

    /** Reads whatever has arrived (waiting at most 50 ms); notes when the server has closed the connection. */
    String poll() {
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                    break;
                }
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // nothing more for now
        } catch (IOException e) {
            closedByServer = true;
        }
        return received.toString(StandardCharsets.UTF_8);
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
