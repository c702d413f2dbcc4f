package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.RejectReason;
import dev.flowsim.simulator.record.TrafficType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery agent's decisions, against in-memory stand-ins of the SDK client interfaces. */
class FlowLogDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:10:00Z");
    private static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final AwsCredentials SERVICE = AwsBasicCredentials.create("AKIAFLOWLOGSSERVICE", "secret");
    private static final DeliveryTarget TARGET = new DeliveryTarget("fl-0a1b2c3d4e5f60718",
            "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-0a1b2c3d4e5f60718", "000000000000", "us-east-2",
            "/aws/vpc/flow-logs", "arn:aws:iam::000000000000:role/FlowLogsRole", TrafficType.ALL);
    private static final int MAX_RETRIES = 3;

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeSts sts = new FakeSts(clock);
    private final FakeLogs logs = new FakeLogs();
    private final FlowLogDelivery delivery = newDelivery(new BatchLimits(10, 1_048_576, 26, Duration.ofHours(24)));

    @Test
    void deliversEveryRecordIntoOneStreamPerInterface() {
        logs.groups.add(TARGET.logGroupName());
        DeliveryResult result = deliver(events(3, 2));

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(new Accounting(5, 5, Map.of(), Map.of()), result.accounting());
        assertEquals(List.of("/aws/vpc/flow-logs/eni-a-all", "/aws/vpc/flow-logs/eni-b-all"),
                List.copyOf(logs.streams.keySet()));
        assertEquals(List.of("CreateLogStream eni-a-all", "PutLogEvents eni-a-all 3",
                "CreateLogStream eni-b-all", "PutLogEvents eni-b-all 2"), logs.calls);
    }

    @Test
    void streamsDeliveredSeveralAtATimeKeepEveryStreamsBatchesInOrderAndEveryRecordCounted() throws Exception {
        logs.groups.add(TARGET.logGroupName());
        FlowLogDelivery concurrent = newDelivery(new BatchLimits(10, 1_048_576, 26, Duration.ofHours(24)), 3);
        DeliveryResult result = concurrent.deliver(TARGET, SERVICE, events(25, 12, 7, 30, 1, 9, 20))
                .get(10, TimeUnit.SECONDS);

        assertEquals(new Accounting(104, 104, Map.of(), Map.of()), result.accounting());
        assertEquals(7, logs.streams.size(), "one stream per interface");
        for (Map.Entry<String, List<software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent>> stream
                : logs.streams.entrySet()) {
            List<Long> timestamps = stream.getValue().stream().map(e -> e.timestamp()).toList();
            assertEquals(timestamps.stream().sorted().toList(), timestamps, "batches in order in " + stream.getKey());
        }
        assertEquals(30, logs.streams.get("/aws/vpc/flow-logs/eni-d-all").size());
    }

    @Test
    void assumesTheRoleAsTheServiceWithTheFlowLogAsSessionNameAndSource() {
        logs.groups.add(TARGET.logGroupName());
        deliver(events(1));

        AssumeRoleRequest request = sts.requests.get(0);
        assertEquals("arn:aws:iam::000000000000:role/FlowLogsRole", request.roleArn());
        assertEquals("fl-0a1b2c3d4e5f60718", request.roleSessionName());
        var overrides = request.overrideConfiguration().orElseThrow();
        assertEquals(new SourceContext("000000000000", TARGET.flowLogArn()),
                overrides.executionAttributes().getAttribute(SourceContextInterceptor.SOURCE_CONTEXT));
        assertEquals(SERVICE, overrides.credentialsProvider().orElseThrow().resolveCredentials());
    }

    @Test
    void laterWindowsReuseTheSessionAndTheStreamsUntilTheSessionNearsExpiry() {
        logs.groups.add(TARGET.logGroupName());
        deliver(events(1));
        clock.advance(Duration.ofMinutes(54));
        deliver(events(1));
        assertEquals(1, sts.requests.size(), "session still 6 minutes from expiry");
        assertEquals(1, logs.count("CreateLogStream"), "stream remembered");

        clock.advance(Duration.ofMinutes(1));
        deliver(events(1));
        assertEquals(2, sts.requests.size(), "within 5 minutes of expiry: assume the role again");
    }

    @Test
    void createsAMissingLogGroupThenTheStream() {
        DeliveryResult result = deliver(events(2));

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(List.of("CreateLogStream eni-a-all", "CreateLogGroup /aws/vpc/flow-logs",
                "CreateLogStream eni-a-all", "PutLogEvents eni-a-all 2"), logs.calls);
        assertEquals(2, logs.storedEvents());
    }

    @Test
    void splitsAnInterfaceIntoBatchesWithinTheLimits() {
        logs.groups.add(TARGET.logGroupName());
        DeliveryResult result = deliver(events(25));
        assertEquals(List.of("CreateLogStream eni-a-all", "PutLogEvents eni-a-all 10", "PutLogEvents eni-a-all 10",
                "PutLogEvents eni-a-all 5"), logs.calls);
        assertEquals(25, result.accounting().delivered());
    }

    @Test
    void throttlingBeyondTheRetryBudgetDropsTheBatchAsRateLimitedAfterExactlyOnePlusMaxRetriesCalls() {
        logs.groups.add(TARGET.logGroupName());
        for (int i = 0; i <= MAX_RETRIES; i++) {
            logs.putFailures.add(AwsErrors.throttled());
        }
        DeliveryResult result = deliver(events(25));

        assertEquals(MAX_RETRIES + 1 + 2, logs.count("PutLogEvents"), "4 tries of batch 1, then batches 2 and 3");
        assertEquals(Outcome.RATE_LIMITED, result.outcome());
        assertEquals(new FailedCall("PutLogEvents", "ThrottlingException", "Rate exceeded"),
                result.firstFailure().orElseThrow().call());
        assertEquals(15, result.accounting().delivered());
        assertEquals(10, result.accounting().dropped(DropReason.RATE_LIMITED));
        assertTrue(result.accounting().isBalanced(), result.accounting().toString());
    }

    @Test
    void throttlingWithinTheRetryBudgetLosesNothing() {
        logs.groups.add(TARGET.logGroupName());
        logs.putFailures.add(AwsErrors.throttled());
        logs.putFailures.add(AwsErrors.logs(503, "ServiceUnavailableException", "The service cannot complete the "
                + "request."));
        DeliveryResult result = deliver(events(4));

        assertEquals(3, logs.count("PutLogEvents"));
        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(4, result.accounting().delivered());
    }

    @Test
    void aRoleThatCannotBeAssumedDropsEverythingAsAccessErrorWithoutTouchingCloudWatchLogs() {
        String message = "User: arn:aws:iam::000000000000:root is not authorized to perform: sts:AssumeRole on "
                + "resource: arn:aws:iam::000000000000:role/FlowLogsRole";
        sts.failures.add(AwsErrors.sts(403, "AccessDenied", message));
        DeliveryResult result = deliver(events(3, 4));

        assertEquals(Outcome.ACCESS_ERROR, result.outcome());
        assertEquals(new FailedCall("AssumeRole", "AccessDenied", message), result.firstFailure().orElseThrow().call());
        assertEquals(7, result.accounting().dropped(DropReason.ACCESS_ERROR));
        assertTrue(result.accounting().isBalanced());
        assertEquals(List.of(), logs.calls);
        assertEquals(1, sts.requests.size(), "access denied is not retried");
    }

    @Test
    void deniedPutsStopTheStreamButOtherInterfacesAreStillTried() {
        logs.groups.add(TARGET.logGroupName());
        logs.deniedOperations.add("PutLogEvents");
        DeliveryResult result = deliver(events(25, 3));

        assertEquals(List.of("CreateLogStream eni-a-all", "PutLogEvents eni-a-all 10",
                "CreateLogStream eni-b-all", "PutLogEvents eni-b-all 3"), logs.calls);
        assertEquals(Outcome.ACCESS_ERROR, result.outcome());
        assertEquals("AccessDeniedException", result.firstFailure().orElseThrow().call().errorCode());
        assertEquals(28, result.accounting().dropped(DropReason.ACCESS_ERROR));
        assertTrue(result.accounting().isBalanced());
    }

    @Test
    void aGroupThatCannotBeCreatedIsAnAccessError() {
        logs.deniedOperations.add("CreateLogGroup");
        DeliveryResult result = deliver(events(2));
        assertEquals(Outcome.ACCESS_ERROR, result.outcome());
        assertEquals("CreateLogGroup", result.firstFailure().orElseThrow().call().operation());
        assertEquals(2, result.accounting().dropped(DropReason.ACCESS_ERROR));
    }

    @Test
    void eventsRefusedOneByOneCountAsRejectedNotDropped() {
        logs.groups.add(TARGET.logGroupName());
        logs.rejections = request -> RejectedLogEventsInfo.builder().tooOldLogEventEndIndex(2).build();
        DeliveryResult result = deliver(events(5));

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(3, result.accounting().delivered());
        assertEquals(2, result.accounting().rejected(RejectReason.TOO_OLD));
        assertTrue(result.accounting().isBalanced());
    }

    @Test
    void aStreamDeletedBetweenWindowsIsCreatedAgain() {
        logs.groups.add(TARGET.logGroupName());
        deliver(events(1));
        logs.streams.clear();
        DeliveryResult result = deliver(events(2));

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(List.of("CreateLogStream eni-a-all", "PutLogEvents eni-a-all 1", "PutLogEvents eni-a-all 2",
                "CreateLogStream eni-a-all", "PutLogEvents eni-a-all 2"), logs.calls);
    }

    @Test
    void everyRecordIsSettledExactlyOnceWhateverFails() {
        logs.groups.add(TARGET.logGroupName());
        logs.putFailures.add(AwsErrors.logs(400, "InvalidParameterException",
                "Log events in a single PutLogEvents request must be in chronological order."));
        for (int i = 0; i <= MAX_RETRIES; i++) {
            logs.putFailures.add(AwsErrors.throttled());
        }
        logs.rejections = request -> RejectedLogEventsInfo.builder().tooNewLogEventStartIndex(9).build();
        DeliveryResult result = deliver(events(25, 12, 7));

        Accounting accounting = result.accounting();
        assertEquals(44, accounting.generated());
        assertTrue(accounting.isBalanced(), accounting.toString());
        assertEquals(10, accounting.dropped(DropReason.UNKNOWN_ERROR));
        assertEquals(10, accounting.dropped(DropReason.RATE_LIMITED));
        assertEquals(Outcome.UNKNOWN_ERROR, result.outcome(), "the first failure decides");
        assertEquals(accounting.delivered() + accounting.rejectedTotal(), logs.storedEvents());
    }

    private DeliveryResult deliver(Map<String, List<LogEvent>> events) {
        try {
            return delivery.deliver(TARGET, SERVICE, events).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private FlowLogDelivery newDelivery(BatchLimits limits) {
        return newDelivery(limits, 1);
    }

    private FlowLogDelivery newDelivery(BatchLimits limits, int streamConcurrency) {
        return FakeDeliveries.over(sts, logs, clock, MAX_RETRIES, limits, streamConcurrency,
                new CarryOverBuffer(CarryOverPolicy.NONE, clock::millis));
    }

    /** Events for interfaces eni-a, eni-b, ... with the given counts, one second apart. */
    private static Map<String, List<LogEvent>> events(int... counts) {
        Map<String, List<LogEvent>> events = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            String eni = "eni-" + (char) ('a' + i);
            List<LogEvent> list = new ArrayList<>();
            for (int n = 0; n < counts[i]; n++) {
                list.add(new LogEvent(T0 + n * 1000L, "2 000000000000 " + eni + " record " + n));
            }
            events.put(eni, list);
        }
        return events;
    }
}
