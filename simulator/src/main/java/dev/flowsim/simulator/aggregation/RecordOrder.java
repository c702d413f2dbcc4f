package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;

import java.util.Comparator;

/**
 * {@link WindowAggregator#RECORD_ORDER} written out by hand: start, then the tuple (null first; source address,
 * destination address, source port, destination port, protocol, as {@link FiveTuple#ORDER}), then the action (null
 * first), then end. The same order as the chained {@link Comparator} it replaces, without its lambda and boxing
 * hops, because sorting every interface's records each window is a hot spot of record generation.
 */
final class RecordOrder implements Comparator<FlowRecord> {

    static final RecordOrder INSTANCE = new RecordOrder();

    private RecordOrder() {
    }

    @Override
    public int compare(FlowRecord a, FlowRecord b) {
        int byStart = Long.compare(a.start(), b.start());
        if (byStart != 0) {
            return byStart;
        }
        int byTuple = compareTuples(a.tuple(), b.tuple());
        if (byTuple != 0) {
            return byTuple;
        }
        int byAction = compareActions(a.action(), b.action());
        return byAction != 0 ? byAction : Long.compare(a.end(), b.end());
    }

    static int compareTuples(FiveTuple a, FiveTuple b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int bySource = a.srcAddr().compareTo(b.srcAddr());
        if (bySource != 0) {
            return bySource;
        }
        int byDestination = a.dstAddr().compareTo(b.dstAddr());
        if (byDestination != 0) {
            return byDestination;
        }
        int bySourcePort = Integer.compare(a.srcPort(), b.srcPort());
        if (bySourcePort != 0) {
            return bySourcePort;
        }
        int byDestinationPort = Integer.compare(a.dstPort(), b.dstPort());
        return byDestinationPort != 0 ? byDestinationPort : Integer.compare(a.protocol(), b.protocol());
    }

    private static int compareActions(Action a, Action b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
