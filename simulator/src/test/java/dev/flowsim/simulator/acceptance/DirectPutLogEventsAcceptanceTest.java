package dev.flowsim.simulator.acceptance;

import dev.flowsim.simulator.accounting.RejectReason;
import dev.flowsim.simulator.delivery.AwsClients;
import dev.flowsim.simulator.delivery.AwsErrorClassifier;
import dev.flowsim.simulator.delivery.ClassifiedFailure;
import dev.flowsim.simulator.delivery.DeliveryTarget;
import dev.flowsim.simulator.delivery.FailureKind;
import dev.flowsim.simulator.delivery.LogEvent;
import dev.flowsim.simulator.delivery.PutLogEventsSender;
import dev.flowsim.simulator.delivery.RejectedEvents;
import dev.flowsim.simulator.delivery.SdkPutLogEvents;
import dev.flowsim.simulator.record.TrafficType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The direct PutLogEvents path against a real emulator, side by side with the SDK path: for every outcome the
 * delivery acts on (accepted, throttled, access denied, stream missing, events rejected, no answer), both must
 * end in the same classified failure or the same rejection counts, and the events must arrive byte for byte.
 */
class DirectPutLogEventsAcceptanceTest {

    private static final String GROUP = "/direct";
    private static final String STREAM = "eni-0aaa-all";
    /** Everything on logs, except writing to the streams named denied-*. */
    private static final String PERMISSIONS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"},
              {"Sid":"NoDeniedStreams","Effect":"Deny","Action":"logs:PutLogEvents",
               "Resource":"arn:aws:logs:*:*:log-group:/direct:log-stream:denied-*"}]}""";
    private static final DeliveryTarget TARGET = new DeliveryTarget("fl-1", "arn:aws:ec2:us-east-2:111122223333:"
            + "vpc-flow-log/fl-1", "111122223333", "us-east-2", GROUP,
            "arn:aws:iam::111122223333:role/flowlogs", TrafficType.ALL);

    private DirectPathFixture fixture;
    private URI endpoint;
    private AwsClients clients;
    private CloudWatchLogsAsyncClient logs;
    private AwsSessionCredentials credentials;

    @BeforeEach
    void start() throws Exception {
        fixture = DirectPathFixture.start(PERMISSIONS, "direct");
        endpoint = fixture.endpoint;
        clients = fixture.clients;
        logs = fixture.logs;
        credentials = fixture.credentials;
        fixture.createGroup(GROUP);
        createStream(STREAM);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void acceptedEventsArriveAsSentEscapesIncluded() throws Exception {
        long now = System.currentTimeMillis();
        List<LogEvent> batch = List.of(new LogEvent(now - 2, "2 123456789012 eni-0aaa 10.0.0.1 ACCEPT OK"),
                new LogEvent(now - 1, "quote \" backslash \\ tab \t newline \n bell \u0007 é ü 🚀"),
                new LogEvent(now, "last"));
        PutLogEventsResponse response = direct().put(TARGET, STREAM, batch, credentials).get(10, TimeUnit.SECONDS);
        assertEquals(Map.of(), RejectedEvents.count(batch.size(), response.rejectedLogEventsInfo()));
        List<String> stored = logs.getLogEvents(b -> b.logGroupName(GROUP).logStreamName(STREAM).startFromHead(true)
                        .overrideConfiguration(o -> o.credentialsProvider(StaticCredentialsProvider.create(credentials))))
                .get(10, TimeUnit.SECONDS).events().stream().map(OutputLogEvent::message).toList();
        assertEquals(batch.stream().map(LogEvent::message).toList(), stored);
    }

    @Test
    void rejectedEventsAreCountedByReasonAsTheSdkCountsThem() throws Exception {
        long now = System.currentTimeMillis();
        List<LogEvent> batch = List.of(new LogEvent(now - Duration.ofDays(20).toMillis(), "too old"),
                new LogEvent(now, "fine"), new LogEvent(now + Duration.ofHours(3).toMillis(), "too new"));
        Map<RejectReason, Long> direct = RejectedEvents.count(3,
                direct().put(TARGET, STREAM, batch, credentials).get(10, TimeUnit.SECONDS).rejectedLogEventsInfo());
        Map<RejectReason, Long> sdk = RejectedEvents.count(3,
                sdk().put(TARGET, STREAM, batch, credentials).get(10, TimeUnit.SECONDS).rejectedLogEventsInfo());
        assertEquals(Map.of(RejectReason.TOO_OLD, 1L, RejectReason.TOO_NEW, 1L), direct);
        assertEquals(sdk, direct);
    }

    @Test
    void throttlingFailsAsTheSdkFailsThrottled() throws Exception {
        fault("""
                "error": {"code": "ThrottlingException"}""");
        ClassifiedFailure failure = sameFailureBothWays(STREAM);
        assertEquals(FailureKind.THROTTLED, failure.kind());
        assertEquals("Rate exceeded", failure.call().errorMessage());
    }

    @Test
    void anExplicitDenyFailsAsTheSdkFailsDenied() throws Exception {
        createStream("denied-0aaa-all");
        ClassifiedFailure failure = sameFailureBothWays("denied-0aaa-all");
        assertEquals(FailureKind.ACCESS_DENIED, failure.kind());
        assertEquals("AccessDeniedException", failure.call().errorCode());
    }

    @Test
    void aMissingStreamFailsAsTheSdkFailsSoTheStreamIsCreatedAgain() throws Exception {
        ClassifiedFailure failure = sameFailureBothWays("eni-0bbb-all");
        assertEquals(FailureKind.LOG_STREAM_MISSING, failure.kind());
    }

    @Test
    void aConnectionResetFailsAsTransport() throws Exception {
        fault("""
                "network": "reset\"""");
        assertEquals(FailureKind.TRANSPORT, sameKindBothWays().kind());
    }

    @Test
    void anAnswerLaterThanTheCallTimeoutFailsAsTransport() throws Exception {
        fault("""
                "latency": {"fixed": "2s"}""");
        try (AwsClients impatient = new AwsClients(endpoint, Duration.ofMillis(500))) {
            assertEquals(FailureKind.TRANSPORT, failureOf(impatient.putLogEvents(), STREAM).kind());
            assertEquals(FailureKind.TRANSPORT, failureOf(new SdkPutLogEvents(impatient), STREAM).kind());
        }
    }

    @Test
    void nobodyListeningFailsAsTransport() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AwsClients nowhere = new AwsClients(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(5))) {
            ClassifiedFailure failure = failureOf(nowhere.putLogEvents(), STREAM);
            assertEquals(FailureKind.TRANSPORT, failure.kind());
            assertEquals(FailureKind.TRANSPORT, failureOf(new SdkPutLogEvents(nowhere), STREAM).kind());
        }
    }

    private ClassifiedFailure sameFailureBothWays(String stream) throws Exception {
        ClassifiedFailure direct = failureOf(direct(), stream);
        ClassifiedFailure sdk = failureOf(sdk(), stream);
        assertEquals(sdk, direct, "the direct path must fail exactly as the SDK path does");
        return direct;
    }

    private ClassifiedFailure sameKindBothWays() throws Exception {
        ClassifiedFailure direct = failureOf(direct(), STREAM);
        assertEquals(failureOf(sdk(), STREAM).kind(), direct.kind());
        return direct;
    }

    private ClassifiedFailure failureOf(PutLogEventsSender sender, String stream) throws Exception {
        List<LogEvent> batch = List.of(new LogEvent(System.currentTimeMillis(), "m"));
        return sender.put(TARGET, stream, batch, credentials)
                .handle((ok, error) -> error == null ? null : AwsErrorClassifier.classify("PutLogEvents", error))
                .get(30, TimeUnit.SECONDS);
    }

    private PutLogEventsSender direct() {
        return clients.putLogEvents();
    }

    private PutLogEventsSender sdk() {
        return new SdkPutLogEvents(clients);
    }

    private void createStream(String stream) throws Exception {
        logs.createLogStream(b -> b.logGroupName(GROUP).logStreamName(stream).overrideConfiguration(o ->
                o.credentialsProvider(StaticCredentialsProvider.create(credentials)))).get(10, TimeUnit.SECONDS);
    }

    private void fault(String effect) throws Exception {
        assertEquals(201, post(endpoint, "/_flowsim/faults", """
                {"id": "f", "target": {"service": "logs", "operation": "PutLogEvents"}, %s}""".formatted(effect))
                .statusCode());
    }
}
