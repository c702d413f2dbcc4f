package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.TcpFlags;
import dev.flowsim.simulator.traffic.Observations;

import java.util.Arrays;

/**
 * One interface's flows of a window, keyed by (5-tuple, action): an open-addressing table whose counters live in
 * parallel primitive arrays, so adding an observation allocates nothing (no key, accumulator or map entry per
 * flow). Reused interface after interface: {@link #reset} empties only the slots that were used. A flow keeps its
 * first observation (a row of the window's {@link Observations}) for the tuple, action and per-flow detail, as the
 * aggregation always has. {@link FlowOrder} sorts the flows; it reads the arrays left package-visible here (it
 * only reads them, between adding the interface's observations and the next {@link #reset}).
 */
final class FlowTable {

    private static final int INITIAL_FLOWS = 256;
    /** Marks {@link #protocolActions} of a flow keyed on IPv4 numbers. */
    static final int IPV4_TUPLE = 1 << 16;

    /** 0 for an empty slot, otherwise 1 + the flow's number. */
    private int[] slots = new int[INITIAL_FLOWS * 2];
    private int mask = slots.length - 1;
    private int[] slotOfFlow = new int[INITIAL_FLOWS];
    private int[] hashes = new int[INITIAL_FLOWS];
    /** The row of each flow's first observation. */
    int[] firsts = new int[INITIAL_FLOWS];
    private long[] packets = new long[INITIAL_FLOWS];
    private long[] bytes = new long[INITIAL_FLOWS];
    long[] starts = new long[INITIAL_FLOWS];
    long[] ends = new long[INITIAL_FLOWS];
    private int[] flags = new int[INITIAL_FLOWS];
    /**
     * Each flow's key as numbers: both IPv4 addresses in one long, both ports in one int, and protocol, action and
     * whether the tuple is IPv4 in another, so that finding a flow compares the table's own arrays and not the
     * first observation's columns. A flow with a non-IPv4 tuple is keyed on its tuple's strings; its numbers here
     * (whichever address is IPv4, the ports) are only read for rendering.
     */
    long[] addressPairs = new long[INITIAL_FLOWS];
    int[] portPairs = new int[INITIAL_FLOWS];
    int[] protocolActions = new int[INITIAL_FLOWS];
    /** Whether every flow so far has an IPv4 tuple: then {@link #sortedFlows} sorts on numbers alone. */
    boolean allIpv4 = true;
    /** Each flow's {@link Observations#ipv4Addresses} bits, from its first observation. */
    private byte[] ipv4Masks = new byte[INITIAL_FLOWS];
    Observations observations;
    int size;

    private final FlowOrder sorter = new FlowOrder(this);

    int size() {
        return size;
    }

    /** Empties the table for the next interface, whose observations are rows of {@code source}. */
    void reset(Observations source) {
        if (size > slots.length >>> 4) {
            // Clearing the whole (small) slot array in one sweep beats a scattered store per used slot.
            Arrays.fill(slots, 0);
        } else {
            for (int flow = 0; flow < size; flow++) {
                slots[slotOfFlow[flow]] = 0;
            }
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

    /** The flow numbers in record order ({@link FlowOrder}); the returned array is reused, valid up to {@link #size}. */
    int[] sortedFlows() {
        return sorter.sortedFlows();
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
        // A new flow's counters are its first observation's: set, not accumulated from zero (no reads back).
        Observations in = observations;
        ipv4Masks[flow] = (byte) in.ipv4Addresses(row);
        starts[flow] = in.start(row);
        ends[flow] = in.end(row);
        packets[flow] = in.packets(row);
        bytes[flow] = in.bytes(row);
        flags[flow] = TcpFlags.combine(0, in.tcpFlags(row));
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
