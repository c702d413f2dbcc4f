package dev.flowsim.emulator.frontdoor;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least 100,000 malformed requests against a running server, then the server must still answer correctly and hold
 * exactly the data it held before. The bulk goes in-process through {@link Emulator#handle} (the whole pipeline:
 * SigV4, decoders, validators, protocols): half fresh unsigned or badly signed requests, half drawn from a seeded
 * pool of 5,000 whose malformation lies behind a valid signature (signing is the expensive part, so signed requests
 * are reused). A socket share goes over HTTP/1.1: 2,000 broken requests one after another on keep-alive
 * connections, and 200 connections of bytes that are not HTTP at all. Seeded and bounded in count; the timeout
 * stops a run that hangs.
 */
class FrontDoorFuzzTest {

    static final long SEED = 20260115L;
    static final int IN_PROCESS = 100_000;
    static final int POOL = 5_000;
    static final int OVER_SOCKETS = 2_000;
    static final int GARBAGE_CONNECTIONS = 200;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void malformedRequestsLeaveTheServerAnsweringAndTheDataUnchanged() throws Exception {
        long started = System.nanoTime();
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withClock(SimulatedClock.manual(Instant.parse("2026-01-15T10:00:00Z")))
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            seed(endpoint);
            String before = snapshot(endpoint);

            Map<Integer, Integer> statuses = new TreeMap<>();
            MalformedRequests requests = new MalformedRequests(SEED);
            List<WireRequest> pool = new ArrayList<>(POOL);
            for (int i = 0; i < POOL; i++) {
                pool.add(requests.next());
            }
            for (int i = 0; i < IN_PROCESS; i++) {
                // Fresh cheap requests half of the time; otherwise one from the seeded pool, whose signed members
                // are expensive to make (a request signed once may be sent again while its signature is current).
                WireRequest request = i % 2 == 0 ? requests.nextUnsigned() : pool.get(i / 2 % POOL);
                WireResponse response = emulator.handle(request);
                statuses.merge(response.status(), 1, Integer::sum);
                assertRefusedCleanly(response, i % 97 == 0);
            }
            int overSockets = overSockets(endpoint, requests, statuses) + garbage(endpoint, new SplittableRandom(SEED));

            assertTrue(statuses.keySet().stream().allMatch(s -> s >= 400 && s < 500), statuses.toString());
            assertTrue(IN_PROCESS + overSockets >= 100_000);
            assertEquals(before, snapshot(endpoint), "the stored data is unchanged");
            System.out.printf("fuzz: %d requests in %d ms, statuses %s%n", IN_PROCESS + overSockets,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), statuses);
        }
    }

    /** 4xx, and every so often a full look at the body: no stack trace, an error code in the protocol's shape. */
    static void assertRefusedCleanly(WireResponse response, boolean inspectBody) {
        assertTrue(response.status() >= 400 && response.status() < 500, () -> response.status() + " "
                + response.bodyAsUtf8());
        if (inspectBody) {
            String body = response.bodyAsUtf8();
            assertTrue(!body.contains("\tat ") && !body.contains("at dev.flowsim"), body);
            String type = response.headers().getOrDefault("Content-Type", "");
            if (type.contains("json")) {
                assertTrue(MalformedInputTest.parseJson(body).has(type.contains("amz-json") ? "__type" : "error"), body);
            } else {
                MalformedInputTest.parseXml(body);
            }
        }
    }

    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    /** Keep-alive connections, each carrying broken requests one after another; every one must get its own 4xx. */
    private static int overSockets(URI endpoint, MalformedRequests requests, Map<Integer, Integer> statuses)
            throws IOException {
        int connections = 10;
        int perConnection = OVER_SOCKETS / connections;
        for (int c = 0; c < connections; c++) {
            try (RawHttp raw = new RawHttp(endpoint)) {
                int sent = 0;
                while (sent < perConnection) {
                    WireRequest r = requests.next();
                    if (r.rawPath().startsWith("/_flowsim") || !printableHeaders(r)) {
                        // Over a socket the peer is loopback, so admin paths would be served; and a header that is
                        // not printable ASCII breaks the HTTP framing, which the garbage share covers.
                        continue;
                    }
                    raw.send(SignedWire.toHttp(r));
                    statuses.merge(raw.awaitResponse(Duration.ofSeconds(10)), 1, Integer::sum);
                    sent++;
                }
                raw.send("GET /_flowsim/health HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(200, raw.awaitResponse(Duration.ofSeconds(10)), "the same connection still answers");
            }
        }
        return OVER_SOCKETS;
    }

    private static boolean printableHeaders(WireRequest request) {
        return request.headers().stream().allMatch(h -> h.getValue().chars().allMatch(c -> c >= 0x20 && c < 0x7F));
    }

    /** Connections that send bytes which are not HTTP: each gets one 4xx and is closed. */
    private static int garbage(URI endpoint, SplittableRandom random) throws IOException {
        for (int i = 0; i < GARBAGE_CONNECTIONS; i++) {
            byte[] noise = new byte[16 + random.nextInt(512)];
            random.nextBytes(noise);
            noise[0] = (byte) ('A' + random.nextInt(26));
            try (RawHttp raw = new RawHttp(endpoint)) {
                raw.send(noise);
                raw.send("\r\n\r\n");
                await().atMost(Duration.ofSeconds(5)).until(raw::closedByServer);
                String received = raw.received();
                Matcher m = STATUS.matcher(received);
                assertTrue(received.isEmpty() || m.find() && m.group(1).startsWith("4"), received);
            }
        }
        return GARBAGE_CONNECTIONS;
    }

    private static StaticCredentialsProvider root() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    private static CloudWatchLogsClient logs(URI endpoint) {
        return CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                .credentialsProvider(root()).httpClient(Apache5HttpClient.create()).build();
    }

    private static void seed(URI endpoint) {
        try (CloudWatchLogsClient logs = logs(endpoint);
             IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                     .credentialsProvider(root()).httpClient(Apache5HttpClient.create()).build()) {
            logs.createLogGroup(b -> b.logGroupName("kept"));
            logs.createLogStream(b -> b.logGroupName("kept").logStreamName("s"));
            logs.putLogEvents(b -> b.logGroupName("kept").logStreamName("s").logEvents(
                    InputLogEvent.builder().timestamp(1768471200000L).message("one").build(),
                    InputLogEvent.builder().timestamp(1768471200001L).message("two").build()));
            iam.createRole(b -> b.roleName("R").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                      "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}"""));
        }
    }

    /** Everything a client can read back, as text. */
    private static String snapshot(URI endpoint) {
        try (CloudWatchLogsClient logs = logs(endpoint);
             IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                     .credentialsProvider(root()).httpClient(Apache5HttpClient.create()).build();
             Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                     .credentialsProvider(root()).httpClient(Apache5HttpClient.create()).build()) {
            return String.join("\n", List.of(
                    logs.describeLogGroups().logGroups().toString(),
                    logs.describeLogStreams(b -> b.logGroupName("kept")).logStreams().toString(),
                    logs.getLogEvents(b -> b.logGroupName("kept").logStreamName("s").startFromHead(true)).events()
                            .stream().map(e -> e.timestamp() + " " + e.message()).toList().toString(),
                    iam.getRole(b -> b.roleName("R")).role().toString(),
                    iam.listRolePolicies(b -> b.roleName("R")).policyNames().toString(),
                    ec2.describeFlowLogs().flowLogs().toString()));
        }
    }
}
