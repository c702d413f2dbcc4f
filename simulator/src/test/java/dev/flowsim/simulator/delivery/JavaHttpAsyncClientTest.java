package dev.flowsim.simulator.delivery;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The adapter keeps its bound on exchanges in flight, queues the rest, and hands bodies both ways intact. */
class JavaHttpAsyncClientTest {

    private final Semaphore gate = new Semaphore(0);
    private final AtomicInteger atServer = new AtomicInteger();
    private final AtomicInteger mostAtServer = new AtomicInteger();
    private HttpServer server;
    private URI endpoint;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            int now = atServer.incrementAndGet();
            mostAtServer.accumulateAndGet(now, Math::max);
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                gate.acquireUninterruptibly();
                byte[] answer = ("echo:" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("x-test", "yes");
                exchange.sendResponseHeaders(400, answer.length);
                exchange.getResponseBody().write(answer);
            } finally {
                atServer.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        gate.release(1_000);
        server.stop(0);
    }

    @Test
    void atMostMaxInFlightExchangesReachTheServerAndTheRestWait() throws Exception {
        JavaHttpAsyncClient client = new JavaHttpAsyncClient(Duration.ofSeconds(20), 2, 100);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(send(client, "call " + i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> atServer.get() == 2);
        for (int released = 1; released <= 6; released++) {
            gate.release();
            int done = released;
            await().atMost(Duration.ofSeconds(10)).until(() -> answers.stream().filter(a -> a.done.isDone()).count()
                    == done);
        }
        assertEquals(2, mostAtServer.get(), "never more than two exchanges at the server");
        for (int i = 0; i < 6; i++) {
            answers.get(i).done.get(10, TimeUnit.SECONDS);
            assertEquals(400, answers.get(i).status);
            assertEquals("echo:call " + i, answers.get(i).body.toString());
            assertEquals(List.of("yes"), answers.get(i).headers.get(0).headers().get("x-test"));
        }
    }

    @Test
    void aFullQueueFailsTheCallAtOnce() throws Exception {
        JavaHttpAsyncClient client = new JavaHttpAsyncClient(Duration.ofSeconds(20), 1, 1);
        Answer running = send(client, "a");
        await().atMost(Duration.ofSeconds(10)).until(() -> atServer.get() == 1);
        Answer queued = send(client, "b");
        Answer refused = send(client, "c");
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> refused.done.get(5, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failure.getCause());
        gate.release(2);
        running.done.get(10, TimeUnit.SECONDS);
        queued.done.get(10, TimeUnit.SECONDS);
        assertEquals("echo:b", queued.body.toString());
    }

    private Answer send(JavaHttpAsyncClient client, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Host", endpoint.getAuthority()).putHeader("Content-Length", String.valueOf(bytes.length))
                .build();
        Answer answer = new Answer();
        answer.done = client.execute(AsyncExecuteRequest.builder().request(request)
                .requestContentPublisher(new Body(bytes)).responseHandler(answer).build());
        return answer;
    }

    /** What one exchange answered. */
    private static final class Answer implements SdkAsyncHttpResponseHandler {
        final List<SdkHttpResponse> headers = new ArrayList<>();
        final StringBuilder body = new StringBuilder();
        volatile int status;
        CompletableFuture<Void> done;

        @Override
        public void onHeaders(SdkHttpResponse response) {
            headers.add(response);
            status = response.statusCode();
        }

        @Override
        public void onStream(Publisher<ByteBuffer> stream) {
            RequestBodies.collect(stream).thenAccept(bytes -> body.append(new String(bytes, StandardCharsets.UTF_8)));
        }

        @Override
        public void onError(Throwable error) {
        }
    }

    private record Body(byte[] bytes) implements SdkHttpContentPublisher {
        @Override
        public Optional<Long> contentLength() {
            return Optional.of((long) bytes.length);
        }

        @Override
        public void subscribe(org.reactivestreams.Subscriber<? super ByteBuffer> subscriber) {
            RequestBodies.single(ByteBuffer.wrap(bytes)).subscribe(subscriber);
        }
    }
}
