package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowRecordTest {

    private static final FiveTuple WEB = new FiveTuple("198.51.100.7", "10.0.1.10", 50123, 443, FiveTuple.TCP);

    @Test
    void eventTimestampIsTheStartInMilliseconds() {
        FlowRecord record = FlowRecord.ok("000000000000", "eni-1", WEB, 10, 4000, 1767225600, 1767225655,
                Action.ACCEPT);
        assertEquals(1767225600000L, record.eventTimestampMillis());
    }

    @Test
    void okRecordNeedsEveryFlowFieldAndNoDataNeedsNone() {
        InterfaceMetadata eni = InterfaceMetadata.of("000000000000", "eni-1");
        assertThrows(IllegalArgumentException.class, () -> new FlowRecord(eni, WEB, null,
                100L, 0, 1, Action.ACCEPT, LogStatus.OK, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new FlowRecord(eni, WEB, 1L,
                100L, 0, 1, Action.ACCEPT, LogStatus.NODATA, 0, null));
    }

    @Test
    void endBeforeStartAndFewerBytesThanPacketsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> FlowRecord.ok("000000000000", "eni-1", WEB, 1, 40, 10, 9, Action.ACCEPT));
        assertThrows(IllegalArgumentException.class,
                () -> FlowRecord.ok("000000000000", "eni-1", WEB, 10, 9, 10, 10, Action.ACCEPT));
    }

    @Test
    void trafficTypeFilterKeepsMatchingActionsAndAlwaysNoData() {
        FlowRecord accepted = FlowRecord.ok("000000000000", "eni-1", WEB, 1, 60, 0, 0, Action.ACCEPT);
        FlowRecord rejected = FlowRecord.ok("000000000000", "eni-1", WEB, 1, 60, 0, 0, Action.REJECT);
        FlowRecord idle = FlowRecord.noData("000000000000", "eni-1", 0, 59);
        assertTrue(TrafficType.ACCEPT.keeps(accepted));
        assertFalse(TrafficType.ACCEPT.keeps(rejected));
        assertTrue(TrafficType.REJECT.keeps(rejected));
        assertFalse(TrafficType.REJECT.keeps(accepted));
        assertTrue(TrafficType.ALL.keeps(accepted) && TrafficType.ALL.keeps(rejected));
        assertTrue(TrafficType.ACCEPT.keeps(idle) && TrafficType.REJECT.keeps(idle));
        assertEquals("reject", TrafficType.REJECT.streamSuffix());
        assertThrows(IllegalArgumentException.class, () -> TrafficType.parse("all"));
    }

    @Test
    void captureWindowIsHalfOpenInWholeSeconds() {
        CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(600), Duration.ofSeconds(60));
        assertTrue(window.contains(600) && window.contains(659));
        assertFalse(window.contains(660) || window.contains(599));
        assertEquals(659, window.lastEpochSecond());
        assertThrows(IllegalArgumentException.class,
                () -> new CaptureWindow(Instant.ofEpochMilli(600_500), Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> new CaptureWindow(Instant.ofEpochSecond(600), Duration.ZERO));
    }
}
