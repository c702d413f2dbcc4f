package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.RejectReason;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RejectedEventsTest {

    @Test
    void nothingRejectedWithoutInfo() {
        assertEquals(Map.of(), RejectedEvents.count(10, null));
    }

    @Test
    void tooOldIsAPrefixAndTooNewASuffix() {
        RejectedLogEventsInfo info = RejectedLogEventsInfo.builder().tooOldLogEventEndIndex(2)
                .tooNewLogEventStartIndex(7).build();
        assertEquals(Map.of(RejectReason.TOO_OLD, 2L, RejectReason.TOO_NEW, 3L), RejectedEvents.count(10, info));
    }

    @Test
    void anEventBothTooOldAndExpiredCountsOnce() {
        RejectedLogEventsInfo info = RejectedLogEventsInfo.builder().tooOldLogEventEndIndex(2)
                .expiredLogEventEndIndex(5).build();
        Map<RejectReason, Long> counts = RejectedEvents.count(10, info);
        assertEquals(Map.of(RejectReason.TOO_OLD, 2L, RejectReason.EXPIRED, 3L), counts);
        assertEquals(5, RejectedEvents.total(counts));
    }

    @Test
    void indexesBeyondTheBatchAreClamped() {
        RejectedLogEventsInfo info = RejectedLogEventsInfo.builder().expiredLogEventEndIndex(50)
                .tooNewLogEventStartIndex(3).build();
        assertEquals(4, RejectedEvents.total(RejectedEvents.count(4, info)));
    }
}
