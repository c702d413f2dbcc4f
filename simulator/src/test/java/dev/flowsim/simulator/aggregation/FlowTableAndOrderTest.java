package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.TcpFlags;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The primitive aggregation table and the hand-written record order: many flows on several interfaces, repeated
 * and interleaved observations, flows enough to make the table grow, and the same order as the chained comparator
 * the aggregation used before.
 */
class FlowTableAndOrderTest {

    private static final long W = 1_767_225_600L;
    private static final CaptureWindow WINDOW = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(60));

    /** The order as it was written before: chained comparators, nulls first. */
    private static final Comparator<FlowRecord> CHAINED = Comparator.comparingLong(FlowRecord::start)
            .thenComparing(FlowRecord::tuple, Comparator.nullsFirst(FiveTuple.ORDER))
            .thenComparing(FlowRecord::action, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(FlowRecord::end);

    @Test
    void thousandsOfInterleavedFlowsOnThreeInterfacesSumExactlyPerTupleAndAction() {
        List<MonitoredEni> enis = List.of(new MonitoredEni("eni-a", "111111111111", "10.0.0.1"),
                new MonitoredEni("eni-b", "111111111111", "10.0.0.2"),
                new MonitoredEni("eni-c", "111111111111", "10.0.0.3"));
        SplittableRandom rng = new SplittableRandom(7);
        List<FlowObservation> observations = new ArrayList<>();
        // 3 interfaces x 700 tuples x 2 actions, each seen 3 times in shuffled order: far past the table's start size.
        long[][] expected = new long[3 * 700 * 2][];
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < 3 * 700 * 2; n++) {
                int eni = n % 3;
                int port = 1024 + (n / 3) % 700;
                Action action = n / 2100 == 0 ? Action.ACCEPT : Action.REJECT;
                long start = W + rng.nextInt(60);
                int flags = round == 0 ? TcpFlags.SYN : TcpFlags.ACK;
                observations.add(new FlowObservation("eni-" + (char) ('a' + eni), "111111111111",
                        new FiveTuple("10.0.0." + (1 + eni), "203.0.113.5", port, 443, FiveTuple.TCP), 2, 200,
                        start, start, action, flags, null));
                long[] sums = expected[n] == null ? new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE} : expected[n];
                sums[0] += 2;
                sums[1] += 200;
                sums[2] = Math.min(sums[2], start);
                sums[3] = Math.max(sums[3], start);
                expected[n] = sums;
            }
        }
        Collections.shuffle(observations, new Random(3));

        Map<String, List<FlowRecord>> records = WindowAggregator.aggregate(enis, WINDOW, observations);

        assertEquals(List.of("eni-a", "eni-b", "eni-c"), List.copyOf(records.keySet()));
        int total = 0;
        for (int eni = 0; eni < 3; eni++) {
            List<FlowRecord> list = records.get("eni-" + (char) ('a' + eni));
            assertEquals(1400, list.size());
            for (FlowRecord r : list) {
                int n = (r.action() == Action.ACCEPT ? 0 : 2100) + (r.tuple().srcPort() - 1024) * 3 + eni;
                assertEquals(expected[n][0], r.packets());
                assertEquals(expected[n][1], r.bytes());
                assertEquals(expected[n][2], r.start());
                assertEquals(expected[n][3], r.end());
                assertEquals(TcpFlags.SYN | TcpFlags.ACK, r.tcpFlags());
                total++;
            }
            for (int i = 1; i < list.size(); i++) {
                assertTrue(CHAINED.compare(list.get(i - 1), list.get(i)) < 0, "sorted and distinct at " + i);
            }
        }
        assertEquals(4200, total);
    }

    @Test
    void theHandWrittenOrderAgreesWithTheChainedComparatorOnEveryPair() {
        SplittableRandom rng = new SplittableRandom(11);
        InterfaceMetadata eni = InterfaceMetadata.of("111111111111", "eni-a");
        List<FlowRecord> records = new ArrayList<>();
        String[] addresses = {"10.0.0.1", "10.0.0.10", "10.0.0.2", "9.9.9.9", "2001:db8::1"};
        for (int i = 0; i < 300; i++) {
            long start = W + rng.nextInt(3);
            long end = start + rng.nextInt(2);
            int kind = rng.nextInt(10);
            if (kind == 0) {
                records.add(FlowRecord.noData(eni, start, end));
            } else if (kind == 1) {
                records.add(FlowRecord.skipData(eni, start, end));
            } else {
                FiveTuple tuple = new FiveTuple(addresses[rng.nextInt(addresses.length)],
                        addresses[rng.nextInt(addresses.length)], rng.nextInt(3), rng.nextInt(3),
                        rng.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP);
                records.add(FlowRecord.ok(eni, tuple, 1, 40, start, end,
                        rng.nextBoolean() ? Action.ACCEPT : Action.REJECT, 0, null));
            }
        }
        for (FlowRecord a : records) {
            for (FlowRecord b : records) {
                assertEquals(Integer.signum(CHAINED.compare(a, b)),
                        Integer.signum(WindowAggregator.RECORD_ORDER.compare(a, b)), a + " vs " + b);
            }
        }
    }

    /**
     * The table keys IPv4 flows on numbers and sorts them by a text-order key: the records must still come out in
     * the text order of their addresses ("10.0.0.10" before "10.0.0.2", "1.2.3.4" before "10.0.0.1"), IPv6 and
     * odd spellings mixed in, and each distinct tuple must stay its own flow.
     */
    @Test
    void numericKeysAggregateAndOrderExactlyAsTheAddressText() {
        SplittableRandom rng = new SplittableRandom(13);
        String[] addresses = {"10.0.0.1", "10.0.0.10", "10.0.0.2", "10.0.0.100", "1.2.3.4", "100.64.0.1",
                "9.9.9.9", "255.255.255.255", "0.0.0.0", "2001:db8::1", "2001:db8::10", "::ffff:10.0.0.1"};
        List<FlowObservation> observations = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long start = W + rng.nextInt(4);
            FiveTuple tuple = new FiveTuple(addresses[rng.nextInt(addresses.length)],
                    addresses[rng.nextInt(addresses.length)], rng.nextInt(3), rng.nextInt(2),
                    rng.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP);
            observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1, 40, start,
                    start + rng.nextInt(2), rng.nextInt(4) == 0 ? Action.REJECT : Action.ACCEPT, 0, null));
        }
        List<FlowRecord> records = WindowAggregator.aggregate(
                List.of(new MonitoredEni("eni-a", "111111111111", "10.0.0.1")), WINDOW, observations).get("eni-a");
        List<FlowRecord> sorted = new ArrayList<>(records);
        sorted.sort(CHAINED);
        assertEquals(sorted, records);
        long distinct = observations.stream().map(o -> List.of(o.tuple(), o.action())).distinct().count();
        assertEquals(distinct, records.size());
        assertEquals(observations.size(), records.stream().mapToLong(FlowRecord::packets).sum());
    }
}
