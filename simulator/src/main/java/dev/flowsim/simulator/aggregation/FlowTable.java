package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Ipv4;
import dev.flowsim.simulator.record.TcpFlags;
import dev.flowsim.simulator.traffic.Observations;

import java.util.Arrays;

/**
 * One interface's flows of a window, keyed by (5-tuple, action): an open-addressing table whose counters live in
 * parallel primitive arrays, so adding an observation allocates nothing (no key, accumulator or map entry per
 * flow). Reused interface after interface: {@link #clear} empties only the slots that were used. A flow keeps its
 * first observation (a row of the window's {@link Observations}) for the tuple, action and per-flow detail, as the
 * aggregation always has.
 */
final class FlowTable {

    private static final int INITIAL_FLOWS = 256;
    /** Runs of equal start up to this long are insertion-sorted in place; longer ones go through a merge sort. */
    private static final int INSERTION_SORT_RUN = 24;
    /** Marks {@link #protocolActions} of a flow keyed on IPv4 numbers. */
    private static final int IPV4_TUPLE = 1 << 16;
    /** The packed IPv4 sort key: start offset (11 bits), source key (32), flow number (20). */
    private static final int IPV4_START_BITS = 11;
    private static final int FLOW_BITS = 20;
    private static final int FLOW_MASK = (1 << FLOW_BITS) - 1;
    /** Start seconds beyond twice the flows (plus this) make the counting sort's pass over them not worth it. */
    private static final int COUNTING_SORT_SLACK = 64;

    /** 0 for an empty slot, otherwise 1 + the flow's number. */
    private int[] slots = new int[INITIAL_FLOWS * 2];
    private int mask = slots.length - 1;
    private int[] slotOfFlow = new int[INITIAL_FLOWS];
    private int[] hashes = new int[INITIAL_FLOWS];
    /** The row of each flow's first observation. */
    private int[] firsts = new int[INITIAL_FLOWS];
    private long[] packets = new long[INITIAL_FLOWS];
    private long[] bytes = new long[INITIAL_FLOWS];
    private long[] starts = new long[INITIAL_FLOWS];
    private long[] ends = new long[INITIAL_FLOWS];
    private int[] flags = new int[INITIAL_FLOWS];
    /**
     * Each flow's key as numbers: both IPv4 addresses in one long, both ports in one int, and protocol, action and
     * whether the tuple is IPv4 in another, so that finding a flow compares the table's own arrays and not the
     * first observation's columns. A flow with a non-IPv4 tuple has only protocol and action here.
     */
    private long[] addressPairs = new long[INITIAL_FLOWS];
    private int[] portPairs = new int[INITIAL_FLOWS];
    private int[] protocolActions = new int[INITIAL_FLOWS];
    /** Whether every flow so far has an IPv4 tuple: then {@link #sortedFlows} sorts on numbers alone. */
    private boolean allIpv4 = true;
    /** Each flow's {@link Observations#ipv4Addresses} bits, from its first observation. */
    private byte[] ipv4Masks = new byte[INITIAL_FLOWS];
    /** Scratch for {@link #sortedFlows}: (start offset, flow number) packed into one long each. */
    private long[] sortKeys = new long[INITIAL_FLOWS];
    private int[] order = new int[INITIAL_FLOWS];
    /** Scratch for the counting sort by start second in {@link #sortedIpv4Flows}. */
    private int[] secondEnds = new int[0];
    /**
     * Scratch for {@link #sortedIpv4Flows}: per flow, the destination's text-order key above the port pair, so that
     * flows sharing a start and a source are ordered by one unsigned comparison before protocol, action and end.
     */
    private long[] tieKeys = new long[INITIAL_FLOWS];
    private boolean tieKeysReady;
    private Observations observations;
    private int size;

    int size() {
        return size;
    }

    /** Empties the table for the next interface, whose observations are rows of {@code source}. */
    void reset(Observations source) {
        for (int flow = 0; flow < size; flow++) {
            slots[slotOfFlow[flow]] = 0;
        }
        size = 0;
        allIpv4 = true;
        observations = source;
    }

    Observations observations() {
        return observations;
    }

    int first(int flow) {
        return firsts[flow];
    }

    long packets(int flow) {
        return packets[flow];
    }

    long bytes(int flow) {
        return bytes[flow];
    }

    long start(int flow) {
        return starts[flow];
    }

    long end(int flow) {
        return ends[flow];
    }

    int tcpFlags(int flow) {
        return flags[flow];
    }

    /*
     * The flow's key fields, read from the table's own small arrays rather than from its first observation's
     * columns: rendering the flows in record order would otherwise jump around those columns.
     */

    int ipv4Addresses(int flow) {
        return ipv4Masks[flow];
    }

    /** Valid when {@link #ipv4Addresses} has {@link Observations#SRC_IPV4}. */
    int srcIpv4(int flow) {
        return (int) (addressPairs[flow] >>> 32);
    }

    /** Valid when {@link #ipv4Addresses} has {@link Observations#DST_IPV4}. */
    int dstIpv4(int flow) {
        return (int) addressPairs[flow];
    }

    int srcPort(int flow) {
        return portPairs[flow] >>> 16;
    }

    int dstPort(int flow) {
        return portPairs[flow] & 0xFFFF;
    }

    int protocol(int flow) {
        return protocolActions[flow] >>> 8 & 0xFF;
    }

    int actionOrdinal(int flow) {
        return protocolActions[flow] & 0xFF;
    }

    /**
     * Adds row {@code row} of the observations the table was {@link #reset} with. An IPv4 flow is keyed on numbers
     * (addresses, ports, protocol, action) read from the columns; a flow with any other address on its tuple's
     * strings. An address has one form only (the canonical dotted quad is the only text read as a number), so a
     * flow always lands on the same kind of key.
     */
    void add(int row) {
        Observations in = observations;
        int action = in.actionOrdinal(row);
        if ((in.ipv4Addresses(row) & Observations.TUPLE_IPV4) != Observations.TUPLE_IPV4) {
            addByTuple(row, action);
            return;
        }
        int source = in.srcIpv4(row);
        int destination = in.dstIpv4(row);
        long addresses = (long) source << 32 | (destination & 0xFFFFFFFFL);
        int ports = in.srcPort(row) << 16 | in.dstPort(row);
        int protocolAction = IPV4_TUPLE | in.protocol(row) << 8 | action;
        int h = source * 0x01000193 ^ destination;
        h = h * 0x01000193 ^ ports;
        int hash = spread(h * 0x01000193 ^ protocolAction);
        int slot = hash & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                insert(slot, hash, row, addresses, ports, protocolAction);
                return;
            }
            int flow = entry - 1;
            if (addressPairs[flow] == addresses && portPairs[flow] == ports
                    && protocolActions[flow] == protocolAction) {
                accumulate(flow, row);
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A flow with an address that is not IPv4: keyed on its tuple's strings. */
    private void addByTuple(int row, int action) {
        Observations in = observations;
        allIpv4 = false;
        int protocolAction = in.protocol(row) << 8 | action;
        int ports = in.srcPort(row) << 16 | in.dstPort(row);
        // Not part of this flow's key, but kept for rendering: one of the two addresses may still be IPv4.
        long addresses = (long) in.srcIpv4(row) << 32 | (in.dstIpv4(row) & 0xFFFFFFFFL);
        int hash = spread(in.tuple(row).hashCode() * 31 + action);
        int slot = hash & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                insert(slot, hash, row, addresses, ports, protocolAction);
                return;
            }
            int flow = entry - 1;
            if (hashes[flow] == hash && protocolActions[flow] == protocolAction
                    && in.tuple(firsts[flow]).equals(in.tuple(row))) {
                accumulate(flow, row);
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The flow numbers in {@link WindowAggregator#RECORD_ORDER} (the returned array is reused; valid up to
     * {@link #size}). Start, the order's first key, is sorted as primitive (start offset, flow number) pairs; only
     * flows that share a start second are then ordered by tuple, action and end, which gives the same order as
     * sorting records with the full comparator, for a fraction of the work.
     */
    int[] sortedFlows() {
        if (order.length < size) {
            order = new int[firsts.length];
            sortKeys = new long[firsts.length];
            tieKeys = new long[firsts.length];
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
        if (allIpv4 && last - first < 1L << IPV4_START_BITS && size <= 1 << FLOW_BITS) {
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
     * ordered by an insertion sort; otherwise they go through {@link Arrays#sort}.
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
            for (int second = 1; second <= startSeconds; second++) {
                bucketEnds[second] += bucketEnds[second - 1];
            }
            // bucketEnds[s] starts as where second s's keys begin and ends as where they end.
            for (int flow = 0; flow < size; flow++) {
                int offset = (int) (starts[flow] - first);
                keys[bucketEnds[offset]++] = sortKey(flow, offset);
            }
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
        int runFrom = 0;
        long runKey = keys[0] >>> FLOW_BITS;
        for (int i = 0; i < size; i++) {
            long key = keys[i];
            order[i] = (int) key & FLOW_MASK;
            if (key >>> FLOW_BITS != runKey) {
                sortRun(runFrom, i);
                runFrom = i;
                runKey = key >>> FLOW_BITS;
            }
        }
        sortRun(runFrom, size);
        return order;
    }

    private long sortKey(int flow, int startOffset) {
        long destinationKey = Ipv4.textOrderKey((int) addressPairs[flow]) & 0xFFFFFFFFL;
        tieKeys[flow] = destinationKey << 32 | (portPairs[flow] & 0xFFFFFFFFL);
        long sourceKey = Ipv4.textOrderKey((int) (addressPairs[flow] >>> 32)) & 0xFFFFFFFFL;
        return (long) startOffset << (32 + FLOW_BITS) | sourceKey << FLOW_BITS | flow;
    }

    private void sortRun(int from, int to) {
        if (to - from < 2) {
            return;
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
        if (byTuple != 0) {
            return byTuple;
        }
        // Protocol above action: one comparison orders by protocol, then action.
        int byProtocolAction = Integer.compare(protocolActions[a] & 0xFFFF, protocolActions[b] & 0xFFFF);
        return byProtocolAction != 0 ? byProtocolAction : Long.compare(ends[a], ends[b]);
    }

    /**
     * {@link RecordOrder} after the start: the tuple (addresses as text, ports, protocol), the action, the end. IPv4
     * tuples compare their addresses by {@link Ipv4#compareAsText}, which orders as the text does.
     */
    private int compareSameStart(int a, int b) {
        int byTuple;
        if ((protocolActions[a] & protocolActions[b] & IPV4_TUPLE) != 0) {
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

    private void insert(int slot, int hash, int row, long addresses, int ports, int protocolAction) {
        if (size == firsts.length) {
            grow();
            slot = freeSlot(hash);
        }
        int flow = size++;
        slots[slot] = flow + 1;
        slotOfFlow[flow] = slot;
        hashes[flow] = hash;
        firsts[flow] = row;
        addressPairs[flow] = addresses;
        portPairs[flow] = ports;
        protocolActions[flow] = protocolAction;
        ipv4Masks[flow] = (byte) observations.ipv4Addresses(row);
        starts[flow] = observations.start(row);
        ends[flow] = observations.end(row);
        packets[flow] = 0;
        bytes[flow] = 0;
        flags[flow] = 0;
        accumulate(flow, row);
    }

    private void accumulate(int flow, int row) {
        Observations in = observations;
        packets[flow] += in.packets(row);
        bytes[flow] += in.bytes(row);
        starts[flow] = Math.min(starts[flow], in.start(row));
        ends[flow] = Math.max(ends[flow], in.end(row));
        flags[flow] = TcpFlags.combine(flags[flow], in.tcpFlags(row));
    }
    /** Doubles the flow arrays and the slots (kept at most half full), re-placing every flow. */
    private void grow() {
        int capacity = firsts.length * 2;
        slotOfFlow = Arrays.copyOf(slotOfFlow, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        firsts = Arrays.copyOf(firsts, capacity);
        packets = Arrays.copyOf(packets, capacity);
        bytes = Arrays.copyOf(bytes, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        flags = Arrays.copyOf(flags, capacity);
        addressPairs = Arrays.copyOf(addressPairs, capacity);
        portPairs = Arrays.copyOf(portPairs, capacity);
        protocolActions = Arrays.copyOf(protocolActions, capacity);
        ipv4Masks = Arrays.copyOf(ipv4Masks, capacity);
        slots = new int[capacity * 2];
        mask = slots.length - 1;
        for (int flow = 0; flow < size; flow++) {
            int slot = freeSlot(hashes[flow]);
            slots[slot] = flow + 1;
            slotOfFlow[flow] = slot;
        }
    }

    private int freeSlot(int hash) {
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Mixes the high bits down so that linear probing on the low bits does not cluster. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
