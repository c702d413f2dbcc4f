package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.TcpFlags;
import dev.flowsim.simulator.traffic.FlowObservation;

import java.util.Arrays;

/**
 * One interface's flows of a window, keyed by (5-tuple, action): an open-addressing table whose counters live in
 * parallel primitive arrays, so adding an observation allocates nothing (no key, accumulator or map entry per
 * flow). Reused interface after interface: {@link #clear} empties only the slots that were used. A flow keeps its
 * first observation for the tuple, action and per-flow detail, as the aggregation always has.
 */
final class FlowTable {

    private static final int INITIAL_FLOWS = 256;

    /** 0 for an empty slot, otherwise 1 + the flow's number. */
    private int[] slots = new int[INITIAL_FLOWS * 2];
    private int mask = slots.length - 1;
    private int[] slotOfFlow = new int[INITIAL_FLOWS];
    private int[] hashes = new int[INITIAL_FLOWS];
    private FlowObservation[] firsts = new FlowObservation[INITIAL_FLOWS];
    private long[] packets = new long[INITIAL_FLOWS];
    private long[] bytes = new long[INITIAL_FLOWS];
    private long[] starts = new long[INITIAL_FLOWS];
    private long[] ends = new long[INITIAL_FLOWS];
    private int[] flags = new int[INITIAL_FLOWS];
    /** Scratch for {@link #toSortedRecords}: (start offset, flow number) packed into one long each. */
    private long[] sortKeys = new long[INITIAL_FLOWS];
    private int size;

    int size() {
        return size;
    }

    void add(FlowObservation observation) {
        FiveTuple tuple = observation.tuple();
        Action action = observation.action();
        int hash = spread(tuple.hashCode() * 31 + action.ordinal());
        int slot = hash & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                insert(slot, hash, observation);
                return;
            }
            int flow = entry - 1;
            FlowObservation first = firsts[flow];
            if (hashes[flow] == hash && first.action() == action && first.tuple().equals(tuple)) {
                accumulate(flow, observation);
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The flows as records in {@link WindowAggregator#RECORD_ORDER}. Start, the order's first key, is sorted as
     * primitive (start offset, flow number) pairs; only records that share a start second are then ordered by the
     * full comparator, which gives the same order as sorting every record with it, for a fraction of the work.
     */
    FlowRecord[] toSortedRecords(InterfaceMetadata eni) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int flow = 0; flow < size; flow++) {
            first = Math.min(first, starts[flow]);
            last = Math.max(last, starts[flow]);
        }
        FlowRecord[] records = new FlowRecord[size];
        if (last - first >= Integer.MAX_VALUE) {
            for (int flow = 0; flow < size; flow++) {
                records[flow] = toRecord(eni, flow);
            }
            Arrays.sort(records, RecordOrder.INSTANCE);
            return records;
        }
        if (sortKeys.length < size) {
            sortKeys = new long[firsts.length];
        }
        long[] keys = sortKeys;
        for (int flow = 0; flow < size; flow++) {
            keys[flow] = (starts[flow] - first) << 32 | flow;
        }
        Arrays.sort(keys, 0, size);
        int runFrom = 0;
        for (int i = 0; i < size; i++) {
            records[i] = toRecord(eni, (int) keys[i]);
            if ((keys[i] >>> 32) != (keys[runFrom] >>> 32)) {
                sortRun(records, runFrom, i);
                runFrom = i;
            }
        }
        sortRun(records, runFrom, size);
        return records;
    }

    private static void sortRun(FlowRecord[] records, int from, int to) {
        if (to - from > 1) {
            Arrays.sort(records, from, to, RecordOrder.INSTANCE);
        }
    }

    private FlowRecord toRecord(InterfaceMetadata eni, int flow) {
        FlowObservation first = firsts[flow];
        return FlowRecord.ok(eni, first.tuple(), packets[flow], bytes[flow], starts[flow], ends[flow],
                first.action(), flags[flow], first.detail());
    }

    void clear() {
        for (int flow = 0; flow < size; flow++) {
            slots[slotOfFlow[flow]] = 0;
            firsts[flow] = null;
        }
        size = 0;
    }

    private void insert(int slot, int hash, FlowObservation observation) {
        if (size == firsts.length) {
            grow();
            slot = freeSlot(hash);
        }
        int flow = size++;
        slots[slot] = flow + 1;
        slotOfFlow[flow] = slot;
        hashes[flow] = hash;
        firsts[flow] = observation;
        starts[flow] = observation.start();
        ends[flow] = observation.end();
        packets[flow] = 0;
        bytes[flow] = 0;
        flags[flow] = 0;
        accumulate(flow, observation);
    }

    private void accumulate(int flow, FlowObservation observation) {
        packets[flow] += observation.packets();
        bytes[flow] += observation.bytes();
        starts[flow] = Math.min(starts[flow], observation.start());
        ends[flow] = Math.max(ends[flow], observation.end());
        flags[flow] = TcpFlags.combine(flags[flow], observation.tcpFlags());
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
