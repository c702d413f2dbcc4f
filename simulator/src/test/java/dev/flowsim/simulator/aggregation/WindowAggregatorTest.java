package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WindowAggregatorTest {

    private static final long W = 1_767_225_600L;
    private static final CaptureWindow WINDOW = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(60));
    private static final MonitoredEni WEB = new MonitoredEni("eni-web", "000000000000", "10.0.1.10");
    private static final MonitoredEni IDLE = new MonitoredEni("eni-idle", "000000000000", "10.0.1.11");
    private static final FiveTuple NTP = new FiveTuple("10.0.1.10", "129.6.15.28", 123, 123, FiveTuple.UDP);
    private static final FiveTuple NTP_REPLY = NTP.reversed();

    @Test
    void observationsOfOneTupleBecomeOneRecordWithSummedCountsAndOuterTimes() {
        List<FlowObservation> observations = List.of(
                observation(NTP, 1, 76, W + 30, W + 30),
                observation(NTP, 1, 76, W + 5, W + 6),
                observation(NTP, 2, 152, W + 50, W + 58));
        List<FlowRecord> records = WindowAggregator.aggregate(List.of(WEB), WINDOW, observations).get("eni-web");
        assertEquals(1, records.size());
        assertEquals("2 000000000000 eni-web 10.0.1.10 129.6.15.28 123 123 17 4 304 1767225605 1767225658 ACCEPT OK",
                RecordFormat.DEFAULT.render(records.get(0)));
    }

    @Test
    void theTwoDirectionsOfAConversationAreSeparateRecords() {
        List<FlowRecord> records = WindowAggregator.aggregate(List.of(WEB), WINDOW, List.of(
                observation(NTP, 1, 76, W + 5, W + 5),
                observation(NTP_REPLY, 1, 76, W + 5, W + 5))).get("eni-web");
        assertEquals(2, records.size());
        assertEquals(NTP, records.get(0).tuple(), "equal start: ordered by tuple, 10.0.1.10 before 129.6.15.28");
        assertEquals(NTP_REPLY, records.get(1).tuple());
    }

    @Test
    void recordsAreSortedByStartSoEventTimestampsAscend() {
        FiveTuple a = new FiveTuple("10.0.1.10", "1.1.1.1", 40000, 53, FiveTuple.UDP);
        FiveTuple b = new FiveTuple("10.0.1.10", "1.1.1.1", 40001, 53, FiveTuple.UDP);
        FiveTuple c = new FiveTuple("10.0.1.10", "1.1.1.1", 40002, 53, FiveTuple.UDP);
        List<FlowRecord> records = WindowAggregator.aggregate(List.of(WEB), WINDOW, List.of(
                observation(a, 1, 70, W + 40, W + 40),
                observation(b, 1, 70, W + 2, W + 2),
                observation(c, 1, 70, W + 20, W + 21))).get("eni-web");
        assertEquals(List.of((W + 2) * 1000, (W + 20) * 1000, (W + 40) * 1000),
                records.stream().map(FlowRecord::eventTimestampMillis).toList());
    }

    @Test
    void anInterfaceWithoutObservationsGetsOneNoDataRecordSpanningTheWindow() {
        Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(List.of(WEB, IDLE), WINDOW,
                List.of(observation(NTP, 1, 76, W, W)));
        assertEquals(List.of("eni-idle", "eni-web"), List.copyOf(records.keySet()), "interface-id order");
        FlowRecord idle = records.get("eni-idle").get(0);
        assertEquals(LogStatus.NODATA, idle.logStatus());
        assertEquals("2 000000000000 eni-idle - - - - - - - 1767225600 1767225659 - NODATA",
                RecordFormat.DEFAULT.render(idle));
    }

    @Test
    void acceptedAndRejectedPacketsOfOneTupleStaySeparate() {
        FiveTuple ssh = new FiveTuple("203.0.113.9", "10.0.1.10", 51000, 22, FiveTuple.TCP);
        List<FlowRecord> records = WindowAggregator.aggregate(List.of(WEB), WINDOW, List.of(
                observation(ssh, 3, 180, W + 1, W + 3),
                new FlowObservation("eni-web", "000000000000", ssh, 1, 40, W + 9, W + 9, Action.REJECT)))
                .get("eni-web");
        assertEquals(List.of(Action.ACCEPT, Action.REJECT), records.stream().map(FlowRecord::action).toList());
    }

    @Test
    void observationsOutsideTheWindowOrOfOtherInterfacesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WindowAggregator.aggregate(List.of(WEB), WINDOW,
                List.of(observation(NTP, 1, 76, W + 59, W + 60))));
        assertThrows(IllegalArgumentException.class, () -> WindowAggregator.aggregate(List.of(IDLE), WINDOW,
                List.of(observation(NTP, 1, 76, W, W))));
    }

    private static FlowObservation observation(FiveTuple tuple, long packets, long bytes, long start, long end) {
        return new FlowObservation("eni-web", "000000000000", tuple, packets, bytes, start, end, Action.ACCEPT);
    }
}
