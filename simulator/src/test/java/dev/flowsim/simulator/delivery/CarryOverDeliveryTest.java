package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogBalance;
import dev.flowsim.simulator.accounting.FlowLogLedger;
import dev.flowsim.simulator.record.TrafficType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery with the carry-over buffer, against in-memory stand-ins: what a transient failure keeps, what it puts
 * late and in which order, what the bound and an access error drop, and the books after every window.
 */
class CarryOverDeliveryTest {

    private static final AwsCredentials SERVICE = AwsBasicCredentials.create("AKIAFLOWLOGSSERVICE", "secret");
    private static final DeliveryTarget TARGET = new DeliveryTarget("fl-0a1b2c3d4e5f60718",
            "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-0a1b2c3d4e5f60718", "000000000000", "us-east-2",
            "/aws/vpc/flow-logs", "arn:aws:iam::000000000000:role/FlowLogsRole", TrafficType.ALL);
    private static final String STREAM_A = "/aws/vpc/flow-logs/eni-a-all";
    private static final int MAX_RETRIES = 1;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:10:00Z"));
    private final FakeSts sts = new FakeSts(clock);
    private final FakeLogs logs = new FakeLogs();
    private final FlowLogLedger ledger = new FlowLogLedger(clock::millis);
    private final FlowLogLedger.Account account = ledger.account(TARGET.flowLogId());

    @Test
    void aThrottledStreamIsKeptWholeAndPutFirstWithTheNextWindowInTimestampOrder() {
        FlowLogDelivery delivery = newDelivery(CarryOverPolicy.defaults());
        logs.groups.add(TARGET.logGroupName());
        // Both attempts of eni-a's first batch are throttled; eni-b goes through.
        logs.putFailures.add(AwsErrors.throttled());
        logs.putFailures.add(AwsErrors.throttled());

        DeliveryResult first = deliver(delivery, events(0, 25, 4));

        assertEquals(Outcome.RATE_LIMITED, first.outcome());
        assertEquals(new Accounting(29, 4, Map.of(), Map.of(), 0, 25), first.accounting(),
                "the failed batch and the two behind it are carried, not dropped");
        assertTrue(first.accounting().isBalanced());
        assertEquals(0, logs.streams.get(STREAM_A).size());
        assertBooks(25);

        clock.advance(Duration.ofMinutes(1));
        DeliveryResult second = deliver(delivery, events(60, 3, 2));

        assertEquals(Outcome.SUCCESS, second.outcome());
        assertEquals(new Accounting(5, 30, Map.of(), Map.of(), 25, 0), second.accounting());
        List<Long> stored = logs.streams.get(STREAM_A).stream().map(InputLogEvent::timestamp).toList();
        assertEquals(28, stored.size());
        assertEquals(stored.stream().sorted().toList(), stored, "late records first, in timestamp order");
        assertBooks(0);
        assertEquals(34, ledger.snapshot(TARGET.flowLogId()).orElseThrow().totals().delivered(), "none lost");
    }

    @Test
    void whenTheBoundIsReachedTheOldestGoAsRateLimitedAndTheBooksStillBalance() {
        FlowLogDelivery delivery = newDelivery(new CarryOverPolicy(12, Duration.ofMinutes(10), false));
        logs.groups.add(TARGET.logGroupName());
        logs.putFailures.add(AwsErrors.throttled());
        logs.putFailures.add(AwsErrors.throttled());

        DeliveryResult first = deliver(delivery, events(0, 20));

        assertEquals(new Accounting(20, 0, Map.of(), Map.of(DropReason.RATE_LIMITED, 8L), 0, 12),
                first.accounting());
        assertBooks(12);
        FlowLogBalance books = ledger.snapshot(TARGET.flowLogId()).orElseThrow();
        assertEquals(8, books.totals().dropped().get(DropReason.RATE_LIMITED));
        assertEquals(List.of(8000L, 19_000L), List.of(delivery.carryOver().heldFor(TARGET.flowLogId(), "eni-a")
                        .get(0).timestamp(), delivery.carryOver().heldFor(TARGET.flowLogId(), "eni-a").get(11)
                        .timestamp()), "the newest twelve stay");
    }

    @Test
    void carriedRecordsOlderThanTheMaxAgeAreDroppedAtTheNextWindowEvenWithoutNewRecords() {
        FlowLogDelivery delivery = newDelivery(new CarryOverPolicy(100, Duration.ofMinutes(2), false));
        logs.groups.add(TARGET.logGroupName());
        logs.putFailures.add(AwsErrors.logs(503, "ServiceUnavailableException", "try later"));
        logs.putFailures.add(AwsErrors.logs(503, "ServiceUnavailableException", "try later"));
        deliver(delivery, events(0, 5));
        assertBooks(5);

        clock.advance(Duration.ofMinutes(3));
        DeliveryResult later = deliver(delivery, Map.of());

        assertEquals(new Accounting(0, 0, Map.of(), Map.of(DropReason.RATE_LIMITED, 5L), 5, 0),
                later.accounting());
        assertBooks(0);
        assertEquals(0, logs.streams.get(STREAM_A).size());
    }

    @Test
    void accessErrorsAreDroppedAtOnceByDefaultAndKeptWhenAsked() {
        logs.groups.add(TARGET.logGroupName());
        logs.deniedOperations.add("PutLogEvents");
        DeliveryResult dropped = deliver(newDelivery(CarryOverPolicy.defaults()), events(0, 3));
        assertEquals(new Accounting(3, 0, Map.of(), Map.of(DropReason.ACCESS_ERROR, 3L)), dropped.accounting());
        assertBooks(0);

        FlowLogDelivery keeping = newDelivery(new CarryOverPolicy(100, Duration.ofMinutes(10), true));
        DeliveryResult kept = deliver(keeping, events(0, 3));
        assertEquals(Outcome.ACCESS_ERROR, kept.outcome());
        assertEquals(new Accounting(3, 0, Map.of(), Map.of(), 0, 3), kept.accounting());
        assertBooks(3);

        logs.deniedOperations.clear();
        clock.advance(Duration.ofMinutes(1));
        DeliveryResult fixed = deliver(keeping, Map.of());
        assertEquals(new Accounting(0, 3, Map.of(), Map.of(), 3, 0), fixed.accounting());
        assertBooks(0);
    }

    /** The identity per interface and in total, and exactly the buffer's records pending. */
    private void assertBooks(long pending) {
        FlowLogBalance books = ledger.snapshot(TARGET.flowLogId()).orElseThrow();
        assertTrue(books.isBalanced(), books.toString());
        assertEquals(pending, books.totals().pending(), books.toString());
    }

    private DeliveryResult deliver(FlowLogDelivery delivery, Map<String, List<LogEvent>> events) {
        events.forEach((eni, list) -> account.generated(eni, list.size()));
        try {
            return delivery.deliver(TARGET, SERVICE, events, account).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private FlowLogDelivery newDelivery(CarryOverPolicy policy) {
        return FakeDeliveries.over(sts, logs, clock, MAX_RETRIES,
                new BatchLimits(10, 1_048_576, 26, Duration.ofHours(24)), 1, new CarryOverBuffer(policy, clock::millis));
    }

    /** Events for eni-a, eni-b, ... with the given counts, one second apart from {@code firstSecond}. */
    private static Map<String, List<LogEvent>> events(int firstSecond, int... counts) {
        Map<String, List<LogEvent>> events = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            String eni = "eni-" + (char) ('a' + i);
            List<LogEvent> list = new ArrayList<>();
            for (int n = 0; n < counts[i]; n++) {
                list.add(new LogEvent((firstSecond + n) * 1000L, "2 000000000000 " + eni + " record " + n));
            }
            events.put(eni, list);
        }
        return events;
    }
}
