package dev.flowsim.emulator.frontdoor;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's limits, each observed from a client: body, headers, request line, read and idle timeouts, connections. */
class HttpLimitsTest {

    static final int MAX_BODY = 64 * 1024;

    Emulator emulator;
    URI endpoint;

    URI start(ServerConfig config) throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults()
                .withClock(SimulatedClock.manual(Instant.parse("2026-01-15T10:00:00Z")))
                .withServer(config.withPort(0)));
        endpoint = emulator.start();
        return endpoint;
    }

    static ServerConfig small() {
        return ServerConfig.defaults().withMaxBodyBytes(MAX_BODY).withMaxHeaderBytes(4096)
                .withIdleTimeout(Duration.ofSeconds(2)).withReadTimeout(Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    CloudWatchLogsClient logs() {
        return CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build();
    }

    @Test
    void anOversizedBodyIsRequestEntityTooLargeInTheServicesProtocol() throws Exception {
        start(small());
        try (CloudWatchLogsClient logs = logs()) {
            logs.createLogGroup(b -> b.logGroupName("g"));
            logs.createLogStream(b -> b.logGroupName("g").logStreamName("s"));
            String big = "x".repeat(MAX_BODY);
            AwsServiceException e = assertThrows(AwsServiceException.class, () -> logs.putLogEvents(b -> b
                    .logGroupName("g").logStreamName("s")
                    .logEvents(InputLogEvent.builder().timestamp(1L).message(big).build())));
            assertEquals(413, e.statusCode());
            assertEquals("RequestEntityTooLarge", e.awsErrorDetails().errorCode());
            assertEquals("HTTP content length exceeded 65536 bytes.", e.awsErrorDetails().errorMessage());
            // Nothing was stored, and the server still answers on a fresh request.
            assertEquals(0, logs.getLogEvents(b -> b.logGroupName("g").logStreamName("s")).events().size());
        }
    }

    @Test
    void headersOverTheLimitAre431AndTheConnectionCloses() throws Exception {
        start(small());
        try (RawHttp raw = new RawHttp(endpoint)) {
            raw.send("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: Logs_20140328.DescribeLogGroups\r\nX-Pad: "
                    + "a".repeat(8000) + "\r\nContent-Length: 0\r\n\r\n");
            await().atMost(Duration.ofSeconds(5)).until(raw::closedByServer);
            String response = raw.received();
            assertTrue(response.startsWith("HTTP/1.1 431"), response);
            assertTrue(response.contains("RequestHeaderFieldsTooLarge"), response);
        }
    }

    @Test
    void aRequestLineOverTheLimitIs414() throws Exception {
        start(small());
        try (RawHttp raw = new RawHttp(endpoint)) {
            raw.send("GET /?" + "a=b&".repeat(3000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            await().atMost(Duration.ofSeconds(5)).until(raw::closedByServer);
            assertTrue(raw.received().startsWith("HTTP/1.1 414"), raw.received());
        }
    }

    @Test
    void malformedHttpIsACleanAwsStyle400() throws Exception {
        start(small());
        try (RawHttp raw = new RawHttp(endpoint)) {
            raw.send("THIS IS NOT HTTP\r\n\r\n");
            await().atMost(Duration.ofSeconds(5)).until(raw::closedByServer);
            String response = raw.received();
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("<Code>MalformedHttpRequest</Code>"), response);
            assertFalse(response.contains("at io.netty"), response);
        }
    }

    /** Slowloris: one byte per second keeps the idle timer quiet, so only the read deadline can end it. */
    @Test
    void aClientSendingOneBytePerSecondIsDisconnectedAtTheReadDeadline() throws Exception {
        start(small());
        byte[] request = ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: Logs_20140328.DescribeLogGroups\r\n"
                + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1);
        ScheduledExecutorService dripper = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        try (RawHttp raw = new RawHttp(endpoint)) {
            dripper.scheduleAtFixedRate(() -> {
                int i = sent.get();
                if (i < request.length) {
                    try {
                        raw.send(new byte[]{request[i]});
                        sent.incrementAndGet();
                    } catch (java.io.IOException closed) {
                        // the server has hung up; the assertions below look at how
                    }
                }
            }, 0, 1, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(raw::closedByServer);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertTrue(seconds >= 2, "closed after " + seconds + " s, before the 3 s deadline");
            assertTrue(sent.get() < request.length, "the request was never completed");
            String response = raw.received();
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(response.contains("RequestTimeout"), response);
        } finally {
            dripper.shutdownNow();
        }
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        start(small());
        try (RawHttp raw = new RawHttp(endpoint)) {
            await().atLeast(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(6))
                    .pollInterval(Duration.ofMillis(100)).until(raw::closedByServer);
            assertEquals("", raw.received());
        }
    }

    @Test
    void connectionsOverTheCapAreAnswered503AndTheCapFreesUp() throws Exception {
        // A long idle timeout, so that the held connections stay open however slow the machine is.
        start(small().withMaxConnections(3).withIdleTimeout(Duration.ofSeconds(60)));
        List<RawHttp> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                RawHttp connection = new RawHttp(endpoint);
                held.add(connection);
                // Admission happens on the connection's event loop; a served request proves this one was counted in
                // before the next connects (otherwise the refused one could be any of the four).
                connection.send("GET /_flowsim/health HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, connection.awaitResponse(Duration.ofSeconds(10)));
            }
            try (RawHttp extra = new RawHttp(endpoint)) {
                await().atMost(Duration.ofSeconds(5)).until(extra::closedByServer);
                assertTrue(extra.received().startsWith("HTTP/1.1 503"), extra.received());
                assertTrue(extra.received().contains("ServiceUnavailable"), extra.received());
            }
            held.remove(0).close();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                try (CloudWatchLogsClient logs = logs()) {
                    assertEquals(0, logs.describeLogGroups().logGroups().size());
                }
            });
        } finally {
            for (RawHttp h : held) {
                h.close();
            }
        }
    }
}
