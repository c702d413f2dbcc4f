package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Interfaces whose flows are all IPv4 are sorted on packed numeric keys (a counting sort by start second when the
 * seconds are few, a primitive sort when they are many, the general comparator when they span too far): each way
 * must give exactly the chained comparator's order, with many flows sharing a start second and a source address
 * (the ties the keys leave to a second pass), and sums per tuple and action.
 */
class Ipv4FlowOrderTest {

    private static final long W = 1_767_225_600L;

    /** The order as it was written before: chained comparators, nulls first. */
    private static final Comparator<FlowRecord> CHAINED = Comparator.comparingLong(FlowRecord::start)
            .thenComparing(FlowRecord::tuple, Comparator.nullsFirst(FiveTuple.ORDER))
            .thenComparing(FlowRecord::action, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(FlowRecord::end);

    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.10", "10.0.0.2", "10.0.0.100", "1.2.3.4",
        "100.64.0.1", "9.9.9.9", "255.255.255.255", "0.0.0.0", "10.0.1.1", "172.16.0.1", "192.168.1.20"};

    /** Source ports past 32767 sit in the packed port pair's sign bit. */
    private static final int[] PORTS = {0, 443, 32_768, 40_000, 65_535};

    @Test
    void fewStartSecondsManyTies() {
        assertChainedOrder(60, 4, 5000, 21);
    }

    @Test
    void fewFlowsOverALongWindow() {
        assertChainedOrder(600, 600, 40, 22);
    }

    @Test
    void startSecondsBeyondThePackedKeyTakeTheGeneralWay() {
        assertChainedOrder(7200, 7200, 3000, 23);
    }

    @Test
    void manyWindowSizesAndFlowCounts() {
        SplittableRandom rng = new SplittableRandom(24);
        for (int round = 0; round < 60; round++) {
            int windowSeconds = rng.nextBoolean() ? 60 : 600;
            assertChainedOrder(windowSeconds, 1 + rng.nextInt(windowSeconds), 1 + rng.nextInt(400), rng.nextLong());
        }
    }

    private static void assertChainedOrder(int windowSeconds, int startSpread, int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(windowSeconds));
        List<FlowObservation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = W + rng.nextInt(startSpread);
            long end = Math.min(W + windowSeconds - 1, start + rng.nextInt(3));
            FiveTuple tuple = new FiveTuple(ADDRESSES[rng.nextInt(ADDRESSES.length)],
                    ADDRESSES[rng.nextInt(ADDRESSES.length)], PORTS[rng.nextInt(PORTS.length)], PORTS[rng.nextInt(PORTS.length)],
                    rng.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP);
            observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1 + rng.nextInt(5), 40, start, end,
                    rng.nextInt(4) == 0 ? Action.REJECT : Action.ACCEPT, 0, null));
        }
        List<FlowRecord> records = WindowAggregator.aggregate(
                List.of(new MonitoredEni("eni-a", "111111111111", "10.0.0.1")), window, observations).get("eni-a");
        List<FlowRecord> sorted = new ArrayList<>(records);
        sorted.sort(CHAINED);
        assertEquals(sorted, records, "seed " + seed);
        long distinct = observations.stream().map(o -> List.of(o.tuple(), o.action())).distinct().count();
        assertEquals(distinct, records.size());
        assertEquals(observations.stream().mapToLong(FlowObservation::packets).sum(),
                records.stream().mapToLong(FlowRecord::packets).sum());
    }
}
