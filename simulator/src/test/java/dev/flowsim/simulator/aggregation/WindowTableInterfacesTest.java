package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The window's flows share one table keyed by interface as well as tuple and action: the same tuple seen on two
 * interfaces must stay two flows, and one interface's kind of tuples (IPv6) must not change another's records.
 */
class WindowTableInterfacesTest {

    private static final long W = 1_767_225_600L;
    private static final CaptureWindow WINDOW = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(60));
    private static final MonitoredEni A = new MonitoredEni("eni-a", "000000000000", "10.0.1.10");
    private static final MonitoredEni B = new MonitoredEni("eni-b", "000000000000", "10.0.1.11");
    private static final MonitoredEni C = new MonitoredEni("eni-c", "000000000000", "10.0.1.12");

    @Test
    void theSameTupleOnTwoInterfacesIsOneRecordEachWithItsOwnCounts() {
        FiveTuple tuple = new FiveTuple("10.0.1.10", "10.0.1.11", 40000, 443, FiveTuple.TCP);
        Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(List.of(B, A), WINDOW, List.of(
                observation(A, tuple, 1, 60, W + 3, W + 4),
                observation(B, tuple, 2, 120, W + 3, W + 5),
                observation(A, tuple, 4, 240, W + 10, W + 12),
                observation(B, tuple, 8, 480, W + 2, W + 2)));
        assertEquals("2 000000000000 eni-a 10.0.1.10 10.0.1.11 40000 443 6 5 300 1767225603 1767225612 ACCEPT OK",
                RecordFormat.DEFAULT.render(records.get("eni-a").get(0)));
        assertEquals("2 000000000000 eni-b 10.0.1.10 10.0.1.11 40000 443 6 10 600 1767225602 1767225605 ACCEPT OK",
                RecordFormat.DEFAULT.render(records.get("eni-b").get(0)));
        assertEquals(1, records.get("eni-a").size());
        assertEquals(1, records.get("eni-b").size());
    }

    @Test
    void interleavedInterfacesWithMixedTuplesGiveWhatEachInterfaceAloneGives() {
        Random random = new Random(11);
        List<FlowObservation> all = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            MonitoredEni eni = List.of(A, B, C).get(random.nextInt(3));
            String source = eni == C && random.nextInt(4) == 0 ? "2001:db8::" + random.nextInt(8) : eni.privateIp();
            String destination = "10.0." + random.nextInt(3) + "." + random.nextInt(20);
            FiveTuple tuple = new FiveTuple(source, destination, 1024 + random.nextInt(6), 80 + random.nextInt(2),
                    random.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP);
            long start = W + random.nextInt(60);
            long end = Math.min(W + 59, start + random.nextInt(5));
            all.add(new FlowObservation(eni.interfaceId(), eni.accountId(), tuple, 1 + random.nextInt(9), 100, start,
                    end, random.nextInt(5) == 0 ? Action.REJECT : Action.ACCEPT));
        }
        Map<String, List<FlowRecord>> together = WindowAggregator.aggregate(List.of(A, B, C), WINDOW, all);
        for (MonitoredEni eni : List.of(A, B, C)) {
            List<FlowObservation> own = all.stream().filter(o -> o.interfaceId().equals(eni.interfaceId())).toList();
            List<FlowRecord> alone = WindowAggregator.aggregate(List.of(eni), WINDOW, own).get(eni.interfaceId());
            assertEquals(render(alone), render(together.get(eni.interfaceId())), eni.interfaceId());
        }
    }

    private static List<String> render(List<FlowRecord> records) {
        return records.stream().map(RecordFormat.DEFAULT::render).toList();
    }

    private static FlowObservation observation(MonitoredEni eni, FiveTuple tuple, long packets, long bytes, long start,
                                               long end) {
        return new FlowObservation(eni.interfaceId(), eni.accountId(), tuple, packets, bytes, start, end,
                Action.ACCEPT);
    }
}
