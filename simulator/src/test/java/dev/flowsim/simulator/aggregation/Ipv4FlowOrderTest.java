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

    /**
     * At most 128 flows per start second (the usual window): one insertion sort breaks the ties on start and source
     * as it meets them. Few addresses and ports make such ties, and equal tuples of another protocol, action or
     * end, common.
     */
    @Test
    void tiesOnStartAndSourceBrokenWithinTheSecond() {
        String[] addresses = {"10.0.0.1", "10.0.0.10", "10.0.0.2"};
        int[] ports = {443, 40_000};
        SplittableRandom rng = new SplittableRandom(25);
        for (int round = 0; round < 200; round++) {
            int startSpread = 1 + rng.nextInt(60);
            assertChainedOrder(60, startSpread, 1 + rng.nextInt(Math.min(128, 3 * startSpread)), rng.nextLong(),
                    addresses, ports);
        }
    }

    /** A second of 128 flows is ordered in one insertion sort; of 129 or more, by packed keys and then the tie pass. */
    @Test
    void busiestSecondAtAndPastTheInsertionSortLimit() {
        for (int crowded : new int[] {24, 25, 127, 128, 129, 130, 400}) {
            List<FlowObservation> observations = new ArrayList<>();
            for (int i = 0; i < crowded + 3; i++) {
                // Two sources, one destination, ports descending against the flow order; three flows in seconds of
                // their own, the others all in the crowded first second.
                String source = i % 2 == 0 ? "10.0.0.1" : "10.0.0.10";
                long start = i < 3 ? W + 1 + i : W;
                FiveTuple tuple = new FiveTuple(source, "10.0.0.2", 50_000 - i, 443,
                        i % 3 == 0 ? FiveTuple.UDP : FiveTuple.TCP);
                observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1, 40, start, start + i % 2,
                        Action.ACCEPT, 0, null));
            }
            assertChainedOrder(observations, 60, "crowded second of " + crowded);
        }
    }

    private static void assertChainedOrder(int windowSeconds, int startSpread, int count, long seed) {
        assertChainedOrder(windowSeconds, startSpread, count, seed, ADDRESSES, PORTS);
    }

    private static void assertChainedOrder(int windowSeconds, int startSpread, int count, long seed,
                                           String[] addresses, int[] ports) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<FlowObservation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = W + rng.nextInt(startSpread);
            long end = Math.min(W + windowSeconds - 1, start + rng.nextInt(3));
            FiveTuple tuple = new FiveTuple(addresses[rng.nextInt(addresses.length)],
                    addresses[rng.nextInt(addresses.length)], ports[rng.nextInt(ports.length)],
                    ports[rng.nextInt(ports.length)], rng.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP);
            observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1 + rng.nextInt(5), 40, start, end,
                    rng.nextInt(4) == 0 ? Action.REJECT : Action.ACCEPT, 0, null));
        }
        assertChainedOrder(observations, windowSeconds, "seed " + seed);
    }

    private static void assertChainedOrder(List<FlowObservation> observations, int windowSeconds, String label) {
        CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(windowSeconds));
        List<FlowRecord> records = WindowAggregator.aggregate(
                List.of(new MonitoredEni("eni-a", "111111111111", "10.0.0.1")), window, observations).get("eni-a");
        List<FlowRecord> sorted = new ArrayList<>(records);
        sorted.sort(CHAINED);
        assertEquals(sorted, records, label);
        long distinct = observations.stream().map(o -> List.of(o.tuple(), o.action())).distinct().count();
        assertEquals(distinct, records.size());
        assertEquals(observations.stream().mapToLong(FlowObservation::packets).sum(),
                records.stream().mapToLong(FlowRecord::packets).sum());
    }
}
