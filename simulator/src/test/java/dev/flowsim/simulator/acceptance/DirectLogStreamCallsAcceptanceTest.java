package dev.flowsim.simulator.acceptance;

import dev.flowsim.simulator.delivery.AwsClients;
import dev.flowsim.simulator.delivery.AwsErrorClassifier;
import dev.flowsim.simulator.delivery.Backoff;
import dev.flowsim.simulator.delivery.ClassifiedFailure;
import dev.flowsim.simulator.delivery.DeliveryTarget;
import dev.flowsim.simulator.delivery.FailureKind;
import dev.flowsim.simulator.delivery.LogStreamCalls;
import dev.flowsim.simulator.delivery.LogStreamProvisioner;
import dev.flowsim.simulator.delivery.RetryingCaller;
import dev.flowsim.simulator.delivery.SdkLogStreamCalls;
import dev.flowsim.simulator.record.TrafficType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * CreateLogStream and CreateLogGroup without the SDK, side by side with the SDK path against a real emulator: for
 * every outcome the provisioner acts on (created, already there, group missing, denied, throttled, no answer) both
 * must end in the same classified failure, or both succeed and the stream exist.
 */
class DirectLogStreamCallsAcceptanceTest {

    private static final String GROUP = "/streams";
    /** Everything on logs, except making streams in the groups named /denied*. */
    private static final String PERMISSIONS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"},
              {"Sid":"NoDeniedGroups","Effect":"Deny","Action":"logs:CreateLogStream",
               "Resource":"arn:aws:logs:*:*:log-group:/denied*"}]}""";

    private DirectPathFixture fixture;
    private URI endpoint;
    private AwsClients clients;
    private CloudWatchLogsAsyncClient logs;
    private AwsSessionCredentials credentials;

    @BeforeEach
    void start() throws Exception {
        fixture = DirectPathFixture.start(PERMISSIONS, "streams");
        endpoint = fixture.endpoint;
        clients = fixture.clients;
        logs = fixture.logs;
        credentials = fixture.credentials;
        fixture.createGroup(GROUP);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void bothPathsCreateTheStreamAndThenBothFindItAlreadyThere() throws Exception {
        assertNull(failureOf(direct(), calls -> calls.createLogStream(target(GROUP), "eni-direct-all", credentials)));
        assertNull(failureOf(sdk(), calls -> calls.createLogStream(target(GROUP), "eni-sdk-all", credentials)));
        assertEquals(List.of("eni-direct-all", "eni-sdk-all"), streams(GROUP));
        ClassifiedFailure again = sameFailureBothWays(calls ->
                calls.createLogStream(target(GROUP), "eni-direct-all", credentials));
        assertEquals(FailureKind.ALREADY_EXISTS, again.kind());
        assertEquals("ResourceAlreadyExistsException", again.call().errorCode());
    }

    @Test
    void aMissingGroupFailsAsTheSdkFailsSoTheGroupIsCreated() throws Exception {
        ClassifiedFailure failure = sameFailureBothWays(calls ->
                calls.createLogStream(target("/nowhere"), "eni-1-all", credentials));
        assertEquals(FailureKind.LOG_GROUP_MISSING, failure.kind());
    }

    @Test
    void anExistingGroupFailsAlreadyExistsBothWays() throws Exception {
        assertEquals(FailureKind.ALREADY_EXISTS,
                sameFailureBothWays(calls -> calls.createLogGroup(target(GROUP), credentials)).kind());
        assertNull(failureOf(direct(), calls -> calls.createLogGroup(target("/made-direct"), credentials)));
        assertEquals(List.of(), streams("/made-direct"));
    }

    @Test
    void anExplicitDenyFailsAsTheSdkFailsDenied() throws Exception {
        fixture.createGroup("/denied-group");
        ClassifiedFailure failure = sameFailureBothWays(calls ->
                calls.createLogStream(target("/denied-group"), "eni-1-all", credentials));
        assertEquals(FailureKind.ACCESS_DENIED, failure.kind());
        assertEquals("AccessDeniedException", failure.call().errorCode());
    }

    @Test
    void throttlingFailsAsTheSdkFailsThrottled() throws Exception {
        assertEquals(201, post(endpoint, "/_flowsim/faults", """
                {"id": "f", "target": {"service": "logs", "operation": "CreateLogStream"},
                 "error": {"code": "ThrottlingException"}}""").statusCode());
        ClassifiedFailure failure = sameFailureBothWays(calls ->
                calls.createLogStream(target(GROUP), "eni-1-all", credentials));
        assertEquals(FailureKind.THROTTLED, failure.kind());
    }

    @Test
    void nobodyListeningFailsAsTransportBothWays() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AwsClients nowhere = new AwsClients(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(5))) {
            Function<LogStreamCalls, CompletableFuture<?>> create = calls ->
                    calls.createLogStream(target(GROUP), "eni-1-all", credentials);
            assertEquals(FailureKind.TRANSPORT, failureOf(nowhere.logStreamCalls(), create).kind());
            assertEquals(FailureKind.TRANSPORT, failureOf(new SdkLogStreamCalls(nowhere), create).kind());
        }
    }

    @Test
    void theProvisionerCreatesAMissingGroupAndItsStreamOverTheDirectPath() throws Exception {
        LogStreamProvisioner provisioner = new LogStreamProvisioner(clients,
                new RetryingCaller(0, Backoff.jittered(Duration.ofMillis(1), Duration.ofMillis(1), 1L), (o, f) -> { }));
        assertEquals(Optional.empty(), provisioner.ensure(target("/fresh"), "eni-9-all", credentials)
                .get(30, TimeUnit.SECONDS));
        assertEquals(List.of("eni-9-all"), streams("/fresh"));
    }

    private ClassifiedFailure sameFailureBothWays(Function<LogStreamCalls, CompletableFuture<?>> call)
            throws Exception {
        ClassifiedFailure direct = failureOf(direct(), call);
        ClassifiedFailure sdk = failureOf(sdk(), call);
        assertEquals(sdk, direct, "the direct path must fail exactly as the SDK path does");
        return direct;
    }

    private static ClassifiedFailure failureOf(LogStreamCalls calls,
                                               Function<LogStreamCalls, CompletableFuture<?>> call) throws Exception {
        return call.apply(calls)
                .handle((ok, error) -> error == null ? null : AwsErrorClassifier.classify("CreateLogStream", error))
                .get(30, TimeUnit.SECONDS);
    }

    private LogStreamCalls direct() {
        return clients.logStreamCalls();
    }

    private LogStreamCalls sdk() {
        return new SdkLogStreamCalls(clients);
    }

    private static DeliveryTarget target(String group) {
        return new DeliveryTarget("fl-1", "arn:aws:ec2:us-east-2:111122223333:vpc-flow-log/fl-1", "111122223333",
                "us-east-2", group, "arn:aws:iam::111122223333:role/flowlogs", TrafficType.ALL);
    }

    private List<String> streams(String group) throws Exception {
        return logs.describeLogStreams(b -> b.logGroupName(group).overrideConfiguration(o -> o.credentialsProvider(
                StaticCredentialsProvider.create(credentials)))).get(10, TimeUnit.SECONDS)
                .logStreams().stream().map(LogStream::logStreamName).sorted().toList();
    }
}
