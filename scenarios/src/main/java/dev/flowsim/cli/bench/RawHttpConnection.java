package dev.flowsim.cli.bench;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection on a blocking socket: the cheapest client there is, so that the load
 * generator spends its CPU on signing and building bodies, not on a client library. Understands exactly what the
 * emulator answers: a status line, headers and a {@code Content-Length} body.
 */
public final class RawHttpConnection implements AutoCloseable {

    /** A response: status and body. */
    public record Response(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String hostHeader;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final StringBuilder line = new StringBuilder(128);
    private static final String CONTENT_LENGTH = "content-length";
    private final byte[] buffer = new byte[16 * 1024];
    private int pos;
    private int limit;

    public RawHttpConnection(InetSocketAddress address, int timeoutMillis) throws IOException {
        hostHeader = address.getHostString() + ":" + address.getPort();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(address, timeoutMillis);
        // Head and a small body leave in one write (one TCP segment): two writes would cost both sides a wake-up.
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        in = socket.getInputStream();
    }

    /** The value to send (and sign) as the Host header. */
    public String host() {
        return hostHeader;
    }

    public Response send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        write(method, path, headers, body);
        return read();
    }

    /**
     * Sends a request without waiting for its answer; {@link #read} takes it. Once this returns the body's bytes
     * are in the kernel, so the caller may change the array (and prepare its next request) while the server works.
     */
    public void write(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** Reads the answer to the oldest request written and not yet read. */
    public Response read() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        for (String h = readLine(); !h.isEmpty(); h = readLine()) {
            int colon = h.indexOf(':');
            if (colon == CONTENT_LENGTH.length() && h.regionMatches(true, 0, CONTENT_LENGTH, 0, colon)) {
                length = Integer.parseInt(h.substring(colon + 1).trim());
            }
        }
        if (length < 0) {
            throw new IOException("response without Content-Length");
        }
        byte[] body = new byte[length];
        int copied = Math.min(length, limit - pos);
        System.arraycopy(buffer, pos, body, 0, copied);
        pos += copied;
        if (copied < length && in.readNBytes(body, copied, length - copied) < length - copied) {
            throw new EOFException("connection closed inside a response body");
        }
        return new Response(code, body);
    }

    /** One line without its CR LF, scanned in the connection's own buffer (no per-byte stream calls). */
    private String readLine() throws IOException {
        line.setLength(0);
        while (true) {
            if (pos == limit) {
                fill();
            }
            byte b = buffer[pos++];
            if (b == '\n') {
                return line.toString();
            }
            if (b != '\r') {
                line.append((char) (b & 0xff));
            }
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        pos = 0;
        limit = n;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
