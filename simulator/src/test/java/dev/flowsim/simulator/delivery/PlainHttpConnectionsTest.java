package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlainHttpConnectionsTest {

    /** What the scripted server does after reading a request. */
    private record Script(String answer, boolean closeAfter) {
    }

    private final ConcurrentLinkedQueue<Script> scripts = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private PlainHttpConnections connections;

    @AfterEach
    void stop() throws IOException {
        if (connections != null) {
            connections.close();
        }
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    @Test
    void reusesOneKeepAliveConnectionAndReadsTheWholeAnswer() throws Exception {
        start(new Script(ok("{\"nextSequenceToken\":\"1\"}"), false), new Script(ok("{}"), false));
        PlainHttpConnections.Response first = exchange("{\"a\":1}");
        PlainHttpConnections.Response second = exchange("{\"b\":2}");
        assertEquals(200, first.status());
        assertArrayEquals("{\"nextSequenceToken\":\"1\"}".getBytes(StandardCharsets.UTF_8), first.body());
        assertEquals("application/x-amz-json-1.1", first.header("Content-Type"));
        assertEquals("{}", new String(second.body(), StandardCharsets.UTF_8));
        assertEquals(1, accepted.get(), "the second exchange must reuse the first connection");
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), requests);
    }

    @Test
    void readsAChunkedErrorAnswerWithItsHeaders() throws Exception {
        start(new Script("HTTP/1.1 400 Bad Request\r\nx-amzn-ErrorType: ThrottlingException\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"mes\r\n10\r\nsage\":\"Rate ex\"}\r\n0\r\n\r\n", false));
        PlainHttpConnections.Response answer = exchange("{}");
        assertEquals(400, answer.status());
        assertEquals("ThrottlingException", answer.header("X-Amzn-ErrorType"));
        assertEquals("{\"message\":\"Rate ex\"}", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aConnectionTheServerClosedIsNotUsedAgain() throws Exception {
        start(new Script(ok("{}"), true), new Script(ok("{}"), false));
        assertEquals(200, exchange("{}").status());
        await().atMost(Duration.ofSeconds(5)).until(() -> closedByServer.get() == 1);
        assertEquals(200, exchange("{}").status());
        assertEquals(2, accepted.get());
    }

    @Test
    void connectionCloseInTheAnswerClosesTheConnection() throws Exception {
        start(new Script("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", false),
                new Script(ok("{}"), false));
        exchange("{}");
        exchange("{}");
        assertEquals(2, accepted.get());
    }

    @Test
    void noAnswerIsAnIoFailureAndTheRequestIsNotSentAgain() throws Exception {
        start(new Script(null, true));
        assertThrows(IOException.class, () -> exchange("{}"));
        assertEquals(1, requests.size());
    }

    private PlainHttpConnections.Response exchange(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST / HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: " + bytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return connections.exchange(head, bytes, Duration.ofSeconds(5));
    }

    private static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private void start(Script... script) throws IOException {
        scripts.addAll(List.of(script));
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        connections = new PlainHttpConnections("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5),
                Duration.ZERO);
        Thread acceptor = new Thread(this::serve, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        try {
            while (true) {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                open.add(socket);
                Thread connection = new Thread(() -> answer(socket), "scripted-connection");
                connection.setDaemon(true);
                connection.start();
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                int length = contentLength(head);
                requests.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                Script script = scripts.poll();
                if (script.answer() != null) {
                    out.write(script.answer().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                if (script.closeAfter()) {
                    socket.close();
                    closedByServer.incrementAndGet();
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        List<Integer> last = new ArrayList<>();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last.add(b);
            if (last.size() > 4) {
                last.remove(0);
            }
            if (last.equals(List.of((int) '\r', (int) '\n', (int) '\r', (int) '\n'))) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }
}
