package dev.flowsim.simulator.accounting;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountingTest {

    @Test
    void generatedEqualsDeliveredPlusRejectedPlusDropped() {
        Tally tally = new Tally();
        tally.generated(100);
        tally.delivered(90);
        tally.rejected(RejectReason.TOO_OLD, 3);
        tally.rejected(RejectReason.TOO_NEW, 2);
        assertFalse(tally.snapshot().isBalanced(), "5 records still unsettled");
        tally.dropped(DropReason.RATE_LIMITED, 5);

        Accounting accounting = tally.snapshot();
        assertTrue(accounting.isBalanced(), accounting.toString());
        assertEquals(5, accounting.rejectedTotal());
        assertEquals(5, accounting.droppedTotal());
        assertEquals(100, accounting.settled());
    }

    @Test
    void everyReasonIsPresentWithZeroWhenAbsent() {
        Accounting accounting = new Accounting(1, 0, Map.of(), Map.of(DropReason.ACCESS_ERROR, 1L));
        assertEquals(0, accounting.rejected(RejectReason.EXPIRED));
        assertEquals(0, accounting.dropped(DropReason.UNKNOWN_ERROR));
        assertEquals(DropReason.values().length, accounting.dropped().size());
        assertEquals(accounting, new Accounting(1, 0, null, Map.of(DropReason.ACCESS_ERROR, 1L,
                DropReason.RATE_LIMITED, 0L)));
    }

    @Test
    void sumsKeepTheIdentity() {
        Accounting a = new Accounting(10, 7, Map.of(RejectReason.TOO_OLD, 1L), Map.of(DropReason.ACCESS_ERROR, 2L));
        Accounting b = new Accounting(5, 0, Map.of(), Map.of(DropReason.RATE_LIMITED, 4L, DropReason.ACCESS_ERROR,
                1L));
        Accounting sum = a.plus(b).plus(Accounting.empty());
        assertEquals(new Accounting(15, 7, Map.of(RejectReason.TOO_OLD, 1L),
                Map.of(DropReason.ACCESS_ERROR, 3L, DropReason.RATE_LIMITED, 4L)), sum);
        assertTrue(sum.isBalanced());
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Tally().delivered(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new Accounting(1, 0, Map.of(RejectReason.TOO_NEW, -1L), Map.of()));
    }

    @Test
    void metricsMirrorTheAccounting() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DeliveryMetrics metrics = new DeliveryMetrics(registry);
        metrics.record(new Accounting(10, 6, Map.of(RejectReason.TOO_OLD, 1L), Map.of(DropReason.RATE_LIMITED, 3L)));
        metrics.record(new Accounting(2, 0, Map.of(), Map.of(DropReason.ACCESS_ERROR, 2L)));
        assertEquals(12, registry.get(DeliveryMetrics.GENERATED).counter().count());
        assertEquals(6, registry.get(DeliveryMetrics.DELIVERED).counter().count());
        assertEquals(1, registry.get(DeliveryMetrics.REJECTED).tag("reason", "TOO_OLD").counter().count());
        assertEquals(3, registry.get(DeliveryMetrics.DROPPED).tag("reason", "RATE_LIMITED").counter().count());
        assertEquals(2, registry.get(DeliveryMetrics.DROPPED).tag("reason", "ACCESS_ERROR").counter().count());
        assertEquals(0, registry.get(DeliveryMetrics.DROPPED).tag("reason", "UNKNOWN_ERROR").counter().count());
    }
}
