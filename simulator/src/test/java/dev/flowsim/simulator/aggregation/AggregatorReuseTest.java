package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One aggregator reused window after window, as the publisher's is: it keeps its interface order, flow table and
 * scratch arrays between windows, and must still give every window exactly the records a fresh aggregator gives,
 * whether the next window has the same interfaces, other ones, or the same ones in another list.
 */
class AggregatorReuseTest {

    private static final long W = 1_767_225_600L;
    private static final String ACCOUNT = "111111111111";
    private static final MonitoredEni A = new MonitoredEni("eni-a", ACCOUNT, "10.0.0.1");
    private static final MonitoredEni B = new MonitoredEni("eni-b", ACCOUNT, "10.0.0.2");
    private static final MonitoredEni C = new MonitoredEni("eni-c", ACCOUNT, "10.0.0.3");
    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.1.9", "2.2.2.2",
        "100.64.0.7", "2001:db8::1"};

    @Test
    void aReusedAggregatorGivesEachWindowTheRecordsOfAFreshOne() {
        WindowAggregator reused = new WindowAggregator();
        List<List<MonitoredEni>> interfaceLists = List.of(List.of(A, B), List.of(A, B), List.of(C),
                new ArrayList<>(List.of(B, A)), List.of(A, B, C), List.of(A, B, C));
        SplittableRandom rng = new SplittableRandom(7);
        for (int w = 0; w < interfaceLists.size(); w++) {
            List<MonitoredEni> enis = interfaceLists.get(w);
            CaptureWindow window = window(w);
            Observations observations = Observations.of(randomObservations(rng, enis, W + 60L * w, 40 + 60 * w));
            assertEquals(lines(new WindowAggregator(), enis, window, observations),
                    lines(reused, enis, window, observations), "window " + w + " on " + enis);
        }
    }

    @Test
    void anInterfaceOfAnEarlierWindowIsRefusedInALaterOneWithout() {
        WindowAggregator reused = new WindowAggregator();
        SplittableRandom rng = new SplittableRandom(8);
        lines(reused, List.of(A, B), window(0), Observations.of(randomObservations(rng, List.of(A, B), W, 20)));
        Observations onA = Observations.of(randomObservations(rng, List.of(A), W + 60, 3));
        assertThrows(IllegalArgumentException.class, () -> lines(reused, List.of(C), window(1), onA));
    }

    private static CaptureWindow window(int index) {
        return new CaptureWindow(Instant.ofEpochSecond(W + 60L * index), Duration.ofSeconds(60));
    }

    /** Observations spread over the interfaces, with repeated tuples so that flows gather several of them. */
    private static List<FlowObservation> randomObservations(SplittableRandom rng, List<MonitoredEni> enis,
                                                            long windowStart, int count) {
        List<FlowObservation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MonitoredEni eni = enis.get(rng.nextInt(enis.size()));
            FiveTuple tuple = new FiveTuple(ADDRESSES[rng.nextInt(ADDRESSES.length)],
                    ADDRESSES[rng.nextInt(ADDRESSES.length)], 1000 + rng.nextInt(3), 443, FiveTuple.TCP);
            long start = windowStart + rng.nextInt(60);
            observations.add(new FlowObservation(eni.interfaceId(), ACCOUNT, tuple, 1 + rng.nextInt(9),
                    60 + rng.nextInt(1000), start, Math.min(windowStart + 59, start + rng.nextInt(4)),
                    rng.nextInt(4) == 0 ? Action.REJECT : Action.ACCEPT));
        }
        return observations;
    }

    private static List<String> lines(WindowAggregator aggregator, List<MonitoredEni> enis, CaptureWindow window,
                                      Observations observations) {
        List<String> lines = new ArrayList<>();
        aggregator.aggregate(enis, window, observations, Integer.MAX_VALUE, new WindowAggregator.Visitor() {
            @Override
            public void beginInterface(MonitoredEni eni, int records) {
                lines.add("begin " + eni.interfaceId() + " " + records);
            }

            @Override
            public void record(RecordRow row) {
                lines.add(RecordFormat.DEFAULT.render(row));
            }
        });
        return lines;
    }
}
