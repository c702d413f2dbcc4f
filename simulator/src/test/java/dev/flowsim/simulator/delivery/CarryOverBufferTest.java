package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The carry-over buffer on its own: its bound, oldest-first eviction, age expiry and order. */
class CarryOverBufferTest {

    private static final String FLOW_LOG = "fl-0123456789abcdef0";
    private static final long MINUTE = 60_000;

    private final AtomicLong now = new AtomicLong(10 * MINUTE);

    private CarryOverBuffer buffer(int records, Duration maxAge) {
        return new CarryOverBuffer(new CarryOverPolicy(records, maxAge, false), now::get);
    }

    @Test
    void takesBackWhatWasKeptPerInterfaceInTimestampOrder() {
        CarryOverBuffer buffer = buffer(100, Duration.ofMinutes(10));
        buffer.keep(FLOW_LOG, "eni-b", events("b", 5, 3), DropReason.RATE_LIMITED);
        buffer.keep(FLOW_LOG, "eni-a", events("a", 1, 2), DropReason.UNKNOWN_ERROR);
        buffer.keep(FLOW_LOG, "eni-b", events("b", 2, 2), DropReason.RATE_LIMITED);
        assertTrue(buffer.trim(FLOW_LOG).isEmpty());
        assertEquals(7, buffer.held(FLOW_LOG));
        assertEquals(Map.of("eni-a", 2L, "eni-b", 5L), buffer.heldByInterface(FLOW_LOG));

        CarryOverBuffer.Taken taken = buffer.take(FLOW_LOG);
        assertEquals(List.of("eni-a", "eni-b"), List.copyOf(taken.events().keySet()));
        assertEquals(List.of(2000L, 3000L, 5000L, 6000L, 7000L),
                taken.events().get("eni-b").stream().map(LogEvent::timestamp).toList());
        assertEquals(7, taken.count());
        assertTrue(taken.expired().isEmpty());
        assertEquals(0, buffer.held(FLOW_LOG), "taking empties the buffer");
    }

    @Test
    void beyondTheBoundTheOldestRecordsGoFirstWithTheReasonThatKeptThem() {
        CarryOverBuffer buffer = buffer(5, Duration.ofMinutes(10));
        buffer.keep(FLOW_LOG, "eni-a", events("a", 1, 3), DropReason.RATE_LIMITED);
        buffer.trim(FLOW_LOG);
        now.addAndGet(MINUTE);
        buffer.keep(FLOW_LOG, "eni-b", events("b", 1, 2), DropReason.UNKNOWN_ERROR);
        buffer.keep(FLOW_LOG, "eni-a", events("a", 10, 2), DropReason.UNKNOWN_ERROR);

        Map<String, Map<DropReason, Long>> evicted = buffer.trim(FLOW_LOG);

        assertEquals(Map.of("eni-a", Map.of(DropReason.RATE_LIMITED, 2L)), evicted,
                "the two records kept a minute earlier go, counted as lost to throttling");
        assertEquals(5, buffer.held(FLOW_LOG));
        assertEquals(List.of(3000L, 10_000L, 11_000L), timestamps(buffer.heldFor(FLOW_LOG, "eni-a")));
        assertEquals(2, buffer.heldFor(FLOW_LOG, "eni-b").size());
    }

    @Test
    void aTieInAgeGoesByTimestampThenInterfaceSoTheCutDoesNotDependOnTiming() {
        CarryOverBuffer one = buffer(2, Duration.ofMinutes(10));
        CarryOverBuffer other = buffer(2, Duration.ofMinutes(10));
        one.keep(FLOW_LOG, "eni-a", events("a", 1, 2), DropReason.RATE_LIMITED);
        one.keep(FLOW_LOG, "eni-b", events("b", 1, 2), DropReason.RATE_LIMITED);
        other.keep(FLOW_LOG, "eni-b", events("b", 1, 2), DropReason.RATE_LIMITED);
        other.keep(FLOW_LOG, "eni-a", events("a", 1, 2), DropReason.RATE_LIMITED);

        assertEquals(one.trim(FLOW_LOG), other.trim(FLOW_LOG));
        assertEquals(one.heldByInterface(FLOW_LOG), other.heldByInterface(FLOW_LOG));
        assertEquals(Map.of("eni-a", 1L, "eni-b", 1L), one.heldByInterface(FLOW_LOG));
        assertEquals(List.of(2000L), timestamps(one.heldFor(FLOW_LOG, "eni-a")));
    }

    @Test
    void recordsKeptLongerThanTheMaxAgeExpireAtTheNextTake() {
        CarryOverBuffer buffer = buffer(100, Duration.ofMinutes(3));
        buffer.keep(FLOW_LOG, "eni-a", events("a", 1, 2), DropReason.RATE_LIMITED);
        buffer.trim(FLOW_LOG);
        now.addAndGet(2 * MINUTE);
        buffer.keep(FLOW_LOG, "eni-a", events("a", 5, 1), DropReason.UNKNOWN_ERROR);
        buffer.trim(FLOW_LOG);
        now.addAndGet(MINUTE + 1);

        CarryOverBuffer.Taken taken = buffer.take(FLOW_LOG);

        assertEquals(Map.of("eni-a", Map.of(DropReason.RATE_LIMITED, 2L)), taken.expired());
        assertEquals(List.of(5000L), timestamps(taken.events().get("eni-a")));
    }

    @Test
    void aRecordTakenAndKeptAgainKeepsItsAgeSoSustainedFailureStillExpiresIt() {
        CarryOverBuffer buffer = buffer(100, Duration.ofMinutes(3));
        buffer.keep(FLOW_LOG, "eni-a", events("a", 1, 2), DropReason.RATE_LIMITED);
        buffer.trim(FLOW_LOG);
        for (int window = 0; window < 3; window++) {
            now.addAndGet(MINUTE);
            CarryOverBuffer.Taken taken = buffer.take(FLOW_LOG);
            assertTrue(taken.expired().isEmpty(), "window " + window);
            buffer.keep(FLOW_LOG, "eni-a", taken.events().get("eni-a"), DropReason.RATE_LIMITED);
            buffer.trim(FLOW_LOG);
        }
        now.addAndGet(1);
        assertEquals(Map.of("eni-a", Map.of(DropReason.RATE_LIMITED, 2L)), buffer.take(FLOW_LOG).expired());
    }

    @Test
    void discardingADeletedFlowLogReturnsWhatItHeldAndForgetsIt() {
        CarryOverBuffer buffer = buffer(100, Duration.ofMinutes(10));
        buffer.keep(FLOW_LOG, "eni-a", events("a", 1, 4), DropReason.RATE_LIMITED);
        buffer.keep("fl-other", "eni-z", events("z", 1, 1), DropReason.RATE_LIMITED);
        assertEquals(List.of("fl-other", FLOW_LOG).stream().sorted().toList(), List.copyOf(buffer.flowLogsHolding()));

        assertEquals(Map.of("eni-a", 4L), buffer.discard(FLOW_LOG));

        assertEquals(0, buffer.held(FLOW_LOG));
        assertFalse(buffer.flowLogsHolding().contains(FLOW_LOG));
        assertEquals(1, buffer.held("fl-other"));
    }

    @Test
    void thePolicyKeepsTransientFailuresAndAccessErrorsOnlyWhenAsked() {
        CarryOverPolicy defaults = CarryOverPolicy.defaults();
        assertTrue(defaults.keeps(FailureKind.THROTTLED));
        assertTrue(defaults.keeps(FailureKind.SERVER_FAULT));
        assertTrue(defaults.keeps(FailureKind.TRANSPORT));
        assertFalse(defaults.keeps(FailureKind.ACCESS_DENIED));
        assertFalse(defaults.keeps(FailureKind.QUOTA_EXCEEDED));
        assertFalse(defaults.keeps(FailureKind.OTHER));
        CarryOverPolicy keepAccess = new CarryOverPolicy(10, Duration.ofMinutes(1), true);
        assertTrue(keepAccess.keeps(FailureKind.ACCESS_DENIED));
        assertTrue(keepAccess.keeps(FailureKind.CREDENTIALS_REJECTED));
        assertFalse(CarryOverPolicy.NONE.keeps(FailureKind.THROTTLED), "a bound of 0 turns the buffer off");
        assertThrows(IllegalArgumentException.class, () -> new CarryOverPolicy(-1, Duration.ofMinutes(1), false));
        assertThrows(IllegalArgumentException.class, () -> new CarryOverPolicy(1, Duration.ZERO, false));
    }

    private static List<LogEvent> events(String eni, int firstSecond, int count) {
        List<LogEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new LogEvent((firstSecond + i) * 1000L, eni + " record " + (firstSecond + i)));
        }
        return events;
    }

    private static List<Long> timestamps(List<LogEvent> events) {
        return events.stream().map(LogEvent::timestamp).toList();
    }
}
