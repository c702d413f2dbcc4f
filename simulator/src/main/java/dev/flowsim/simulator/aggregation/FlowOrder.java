package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Ipv4;
import dev.flowsim.simulator.traffic.Observations;

import java.util.Arrays;

/**
 * A {@link FlowTable}'s flows in {@link WindowAggregator#RECORD_ORDER}, from the table's own arrays: the sort of
 * record generation, kept apart from the table's hashing. Reuses its scratch arrays interface after interface.
 */
final class FlowOrder {

    /** Runs of equal start up to this long are insertion-sorted in place; longer ones go through a merge sort. */
    private static final int INSERTION_SORT_RUN = 24;
    /**
     * Start seconds of at most this many IPv4 flows are ordered completely by one insertion sort, ties included (at
     * worst about 128² / 4 comparisons for a full second); a busier second (a port scan) takes the tie pass.
     */
    private static final int CROWDED_SECOND = 128;
    /** The packed IPv4 sort key: start offset (11 bits), source key (32), flow number (20). */
    private static final int IPV4_START_BITS = 11;
    private static final int FLOW_BITS = 20;
    private static final int FLOW_MASK = (1 << FLOW_BITS) - 1;
    /** Start seconds beyond twice the flows (plus this) make the counting sort's pass over them not worth it. */
    private static final int COUNTING_SORT_SLACK = 64;

    private final FlowTable table;
    /** Scratch for {@link #sortedFlows}: (start offset, flow number) packed into one long each. */
    private long[] sortKeys = new long[0];
    private int[] order = new int[0];
    /** Scratch for the counting sort by start second in {@link #sortedIpv4Flows}. */
    private int[] secondEnds = new int[0];
    /**
     * Scratch for {@link #sortedIpv4Flows}, filled only for flows that share a start and a source: the
     * destination's text-order key above the port pair, so that such flows are ordered by one unsigned comparison
     * before protocol, action and end.
     */
    private long[] tieKeys = new long[0];
    private boolean tieKeysReady;
    /** The table's arrays and size, read at the start of each sort (the table may have grown since). */
    private int size;
    private long[] starts;
    private long[] ends;
    private int[] firsts;
    private long[] addressPairs;
    private int[] portPairs;
    private int[] protocolActions;
    private Observations observations;

    FlowOrder(FlowTable table) {
        this.table = table;
    }

    /**
     * The flow numbers in {@link WindowAggregator#RECORD_ORDER} (the returned array is reused; valid up to
     * {@link #size}). Start, the order's first key, is sorted as primitive (start offset, flow number) pairs; only
     * flows that share a start second are then ordered by tuple, action and end, which gives the same order as
     * sorting records with the full comparator, for a fraction of the work.
     */
    int[] sortedFlows() {
        size = table.size;
        starts = table.starts;
        ends = table.ends;
        firsts = table.firsts;
        addressPairs = table.addressPairs;
        portPairs = table.portPairs;
        protocolActions = table.protocolActions;
        observations = table.observations;
        if (order.length < size) {
            order = new int[starts.length];
            sortKeys = new long[starts.length];
            tieKeys = new long[starts.length];
        }
        tieKeysReady = false;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int flow = 0; flow < size; flow++) {
            first = Math.min(first, starts[flow]);
            last = Math.max(last, starts[flow]);
        }
        if (last - first >= Integer.MAX_VALUE) {
            Integer[] boxed = new Integer[size];
            for (int flow = 0; flow < size; flow++) {
                boxed[flow] = flow;
            }
            Arrays.sort(boxed, (a, b) -> {
                int byStart = Long.compare(starts[a], starts[b]);
                return byStart != 0 ? byStart : compareSameStart(a, b);
            });
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        if (table.allIpv4 && last - first < 1L << IPV4_START_BITS && size <= 1 << FLOW_BITS) {
            return sortedIpv4Flows(first, (int) (last - first) + 1);
        }
        long[] keys = sortKeys;
        for (int flow = 0; flow < size; flow++) {
            keys[flow] = (starts[flow] - first) << 32 | flow;
        }
        Arrays.sort(keys, 0, size);
        int runFrom = 0;
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
            if ((keys[i] >>> 32) != (keys[runFrom] >>> 32)) {
                sortRun(runFrom, i);
                runFrom = i;
            }
        }
        sortRun(runFrom, size);
        return order;
    }

    /**
     * Every flow IPv4: (start offset, source address's text-order key, flow number) packed into one long orders all
     * but the flows that share a start second and a source address, which are then ordered among themselves (few
     * and short runs). When the start seconds span little more than there are flows (the usual window), the keys
     * are first placed by start second (a counting sort), which leaves only the few keys of each second to be
     * ordered by an insertion sort; otherwise they go through {@link Arrays#sort}. When no second holds more than
     * {@link #CROWDED_SECOND} flows, that insertion sort also breaks the ties ({@link #sortedWithinSeconds}).
     */
    private int[] sortedIpv4Flows(long first, int startSeconds) {
        long[] keys = sortKeys;
        if (startSeconds <= 2 * size + COUNTING_SORT_SLACK) {
            if (secondEnds.length < startSeconds + 1) {
                secondEnds = new int[Math.max(startSeconds + 1, secondEnds.length * 2)];
            }
            int[] bucketEnds = secondEnds;
            Arrays.fill(bucketEnds, 0, startSeconds + 1, 0);
            for (int flow = 0; flow < size; flow++) {
                bucketEnds[(int) (starts[flow] - first) + 1]++;
            }
            int largest = 0;
            for (int second = 1; second <= startSeconds; second++) {
                int count = bucketEnds[second];
                largest = Math.max(largest, count);
                bucketEnds[second] = count + bucketEnds[second - 1];
            }
            // bucketEnds[s] starts as where second s's keys begin and ends as where they end.
            for (int flow = 0; flow < size; flow++) {
                int offset = (int) (starts[flow] - first);
                keys[bucketEnds[offset]++] = sortKey(flow, offset);
            }
            if (largest <= CROWDED_SECOND) {
                return sortedWithinSeconds(keys);
            }
            // A crowded second (a port scan): its flows of one source stay in flow order here, so the insertion
            // sort below stays linear on them, and the tie pass gives their long runs to a merge sort.
            for (int i = 1; i < size; i++) {
                long key = keys[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > key) {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = key;
            }
        } else {
            for (int flow = 0; flow < size; flow++) {
                keys[flow] = sortKey(flow, (int) (starts[flow] - first));
            }
            Arrays.sort(keys, 0, size);
        }
        tieKeysReady = true;
        int[] flows = order;
        for (int i = 0; i < size; i++) {
            flows[i] = (int) keys[i] & FLOW_MASK;
        }
        // Flows sharing a start and a source are few: looking for them apart from writing the order keeps this
        // loop's branch predictable (a run starting on every other flow is not).
        for (int i = 1; i < size; i++) {
            if ((keys[i] ^ keys[i - 1]) >>> FLOW_BITS == 0) {
                int runFrom = i - 1;
                int runTo = i + 1;
                while (runTo < size && (keys[runTo] ^ keys[runFrom]) >>> FLOW_BITS == 0) {
                    runTo++;
                }
                sortRun(runFrom, runTo);
                i = runTo;
            }
        }
        return order;
    }

    /**
     * Keys placed by start second, no second holding more than {@link #CROWDED_SECOND} flows (the usual window):
     * one insertion sort orders them completely, breaking a tie on start and source by the two flows' tuples where
     * it meets one. No second pass looks for ties, and no tie key is stored.
     */
    private int[] sortedWithinSeconds(long[] keys) {
        for (int i = 1; i < size; i++) {
            long key = keys[i];
            int j = i - 1;
            while (j >= 0 && sortsAfter(keys[j], key)) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
        int[] flows = order;
        for (int i = 0; i < size; i++) {
            flows[i] = (int) keys[i] & FLOW_MASK;
        }
        return flows;
    }

    /** Whether packed key {@code a} sorts after {@code b}: by start and source, then by the two flows' tuples. */
    private boolean sortsAfter(long a, long b) {
        if ((a ^ b) >>> FLOW_BITS != 0) {
            return a > b;
        }
        return compareSameStartAndSource((int) a & FLOW_MASK, (int) b & FLOW_MASK) > 0;
    }

    /** {@link #compareIpv4Ties} with the tie keys made on the spot. */
    private int compareSameStartAndSource(int a, int b) {
        int byTuple = Long.compareUnsigned(tieKey(a), tieKey(b));
        return byTuple != 0 ? byTuple : compareProtocolActionEnd(a, b);
    }

    /** The destination's text-order key above the port pair: orders IPv4 flows of the same start and source. */
    private long tieKey(int flow) {
        long destinationKey = Ipv4.textOrderKey((int) addressPairs[flow]) & 0xFFFFFFFFL;
        return destinationKey << 32 | (portPairs[flow] & 0xFFFFFFFFL);
    }

    private long sortKey(int flow, int startOffset) {
        long sourceKey = Ipv4.textOrderKey((int) (addressPairs[flow] >>> 32)) & 0xFFFFFFFFL;
        return (long) startOffset << (32 + FLOW_BITS) | sourceKey << FLOW_BITS | flow;
    }

    private void sortRun(int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (tieKeysReady) {
            // Only flows that tie on start and source need their destination and ports as a key.
            for (int i = from; i < to; i++) {
                int flow = order[i];
                tieKeys[flow] = tieKey(flow);
            }
        }
        if (to - from <= INSERTION_SORT_RUN) {
            for (int i = from + 1; i < to; i++) {
                int flow = order[i];
                int j = i - 1;
                while (j >= from && (tieKeysReady ? compareIpv4Ties(order[j], flow)
                        : compareSameStart(order[j], flow)) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = flow;
            }
            return;
        }
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, this::compareSameStart);
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    /** {@link #compareSameStart} for two IPv4 flows of the same start and source, from {@link #tieKeys}. */
    private int compareIpv4Ties(int a, int b) {
        int byTuple = Long.compareUnsigned(tieKeys[a], tieKeys[b]);
        return byTuple != 0 ? byTuple : compareProtocolActionEnd(a, b);
    }

    /** After equal tuples: protocol above action (one comparison orders by protocol, then action), then the end. */
    private int compareProtocolActionEnd(int a, int b) {
        int byProtocolAction = Integer.compare(protocolActions[a] & 0xFFFF, protocolActions[b] & 0xFFFF);
        return byProtocolAction != 0 ? byProtocolAction : Long.compare(ends[a], ends[b]);
    }

    /**
     * {@link RecordOrder} after the start: the tuple (addresses as text, ports, protocol), the action, the end. IPv4
     * tuples compare their addresses by {@link Ipv4#compareAsText}, which orders as the text does.
     */
    private int compareSameStart(int a, int b) {
        int byTuple;
        if ((protocolActions[a] & protocolActions[b] & FlowTable.IPV4_TUPLE) != 0) {
            long addressesA = addressPairs[a];
            long addressesB = addressPairs[b];
            byTuple = Ipv4.compareAsText((int) (addressesA >>> 32), (int) (addressesB >>> 32));
            if (byTuple == 0) {
                byTuple = Ipv4.compareAsText((int) addressesA, (int) addressesB);
            }
            if (byTuple == 0) {
                // Source port in the high half, destination port in the low: unsigned order is port order.
                byTuple = Integer.compareUnsigned(portPairs[a], portPairs[b]);
            }
            if (byTuple == 0) {
                byTuple = Integer.compare(protocolActions[a] >>> 8 & 0xFF, protocolActions[b] >>> 8 & 0xFF);
            }
        } else {
            Observations in = observations;
            byTuple = RecordOrder.compareTuples(in.tuple(firsts[a]), in.tuple(firsts[b]));
        }
        if (byTuple != 0) {
            return byTuple;
        }
        int byAction = Integer.compare(protocolActions[a] & 0xFF, protocolActions[b] & 0xFF);
        return byAction != 0 ? byAction : Long.compare(ends[a], ends[b]);
    }
}
