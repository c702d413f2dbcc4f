package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a window's observations into flow-log records: one record per 5-tuple per interface per window, packets
 * and bytes summed, TCP flags OR-ed, start the earliest and end the latest second seen. An interface without any
 * observation gets the one NODATA record AWS writes for an idle interface. When an interface has more flows in the
 * window than the publisher's capacity, the earliest flows are kept and the rest are replaced by one SKIPDATA record
 * (reference 1.6: one SKIPDATA line can stand for many lost flows).
 *
 * <p>The record path uses an instance ({@link #aggregate(List, CaptureWindow, Observations, int, Visitor)}): it
 * reads observations from columns and hands each record to a {@link Visitor} as a {@link RecordRow} read in place
 * from the aggregation table, so no record object is built; the instance keeps its table and scratch arrays from
 * window to window (one instance per thread). The static methods build {@link FlowRecord}s from the same rows.
 */
public final class WindowAggregator {

    /**
     * Records sort by start (the event timestamp), then by tuple and action, so equal timestamps still come out in
     * the same order every run.
     */
    public static final Comparator<FlowRecord> RECORD_ORDER = RecordOrder.INSTANCE;

    /** Receives a window's records, interface by interface in interface-id order, each in {@link #RECORD_ORDER}. */
    public interface Visitor {

        /** Before the interface's records; {@code records} of them follow, SKIPDATA included. */
        void beginInterface(MonitoredEni eni, int records);

        /** One record; the row is only valid during the call. */
        void record(RecordRow row);

        /** After the interface's records; {@code skippedFlows} is what its SKIPDATA record stands for, or 0. */
        default void endInterface(MonitoredEni eni, int skippedFlows) {
        }
    }

    private final FlowTable flows = new FlowTable();
    private final TableRow row = new TableRow(flows);
    private int[] grouped = new int[0];
    private int[] counts = new int[0];
    /** Per party of the window's columns, its interface's position; {@link #UNKNOWN_PARTY} until looked up. */
    private int[] partyPositions = new int[0];
    private static final int UNKNOWN_PARTY = -1;
    /** The interfaces of the last window as given, and what {@link #orderInterfaces} derived from them. */
    private MonitoredEni[] lastInterfaces = new MonitoredEni[0];
    private Map<String, MonitoredEni> interfacesById = new TreeMap<>();
    private MonitoredEni[] orderedInterfaces = new MonitoredEni[0];
    private Map<String, Integer> interfacePositions = new HashMap<>();

    public WindowAggregator() {
    }

    /**
     * @return records per interface id, in interface-id order, each list sorted by {@link #RECORD_ORDER}
     * @throws IllegalArgumentException if an observation belongs to another interface or lies outside the window
     */
    public static Map<String, List<FlowRecord>> aggregate(List<MonitoredEni> interfaces, CaptureWindow window,
                                                          List<FlowObservation> observations) {
        return aggregate(interfaces, window, observations, Integer.MAX_VALUE).records();
    }

    /**
     * The records of one window, and how many flows SKIPDATA records stand for.
     *
     * @param records      per interface id, in interface-id order, each list sorted by {@link #RECORD_ORDER}
     * @param skippedFlows per interface id, the flows replaced by its SKIPDATA record (absent when none)
     */
    public record Aggregate(Map<String, List<FlowRecord>> records, Map<String, Integer> skippedFlows) {
    }

    /**
     * @param capacity the most records one interface may have in a window, SKIPDATA included (at least 1)
     * @throws IllegalArgumentException if an observation belongs to another interface or lies outside the window
     */
    public static Aggregate aggregate(List<MonitoredEni> interfaces, CaptureWindow window,
                                      List<FlowObservation> observations, int capacity) {
        Map<String, List<FlowRecord>> recordsByEni = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        new WindowAggregator().aggregate(interfaces, window, Observations.of(observations), capacity, new Visitor() {
            private List<FlowRecord> current;

            @Override
            public void beginInterface(MonitoredEni eni, int records) {
                current = new ArrayList<>(records);
            }

            @Override
            public void record(RecordRow row) {
                current.add(row.toRecord());
            }

            @Override
            public void endInterface(MonitoredEni eni, int skippedFlows) {
                recordsByEni.put(eni.interfaceId(), List.copyOf(current));
                if (skippedFlows > 0) {
                    skipped.put(eni.interfaceId(), skippedFlows);
                }
            }
        });
        return new Aggregate(recordsByEni, skipped);
    }

    /**
     * The window's records, handed to {@code visitor} without building record objects.
     *
     * @param capacity the most records one interface may have in a window, SKIPDATA included (at least 1)
     * @throws IllegalArgumentException if an observation belongs to another interface or lies outside the window
     */
    public void aggregate(List<MonitoredEni> interfaces, CaptureWindow window, Observations observations,
                          int capacity, Visitor visitor) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the per-window record capacity is at least 1, got " + capacity);
        }
        orderInterfaces(interfaces);
        MonitoredEni[] ordered = orderedInterfaces;
        groupByInterface(observations, interfacePositions, interfacesById, window);
        for (int e = 0; e < ordered.length; e++) {
            MonitoredEni eni = ordered[e];
            flows.reset(observations);
            for (int k = e == 0 ? 0 : counts[e - 1]; k < counts[e]; k++) {
                flows.add(grouped[k]);
            }
            long start = window.startEpochSecond();
            long last = window.lastEpochSecond();
            if (flows.size() == 0) {
                visitor.beginInterface(eni, 1);
                visitor.record(RecordRow.of(FlowRecord.noData(eni.metadata(), start, last)));
                visitor.endInterface(eni, 0);
                continue;
            }
            int size = flows.size();
            int kept = size > capacity ? capacity - 1 : size;
            visitor.beginInterface(eni, size > capacity ? capacity : size);
            int[] order = flows.sortedFlows();
            for (int i = 0; i < kept; i++) {
                visitor.record(row.at(eni.metadata(), order[i]));
            }
            if (size > capacity) {
                visitor.record(RecordRow.of(FlowRecord.skipData(eni.metadata(), start, last)));
            }
            visitor.endInterface(eni, size > capacity ? size - kept : 0);
        }
        flows.reset(null);
    }

    /**
     * The interfaces in interface-id order and each id's position in it. A publisher hands the same interfaces
     * window after window, so they are only sorted and indexed again when the list holds other objects.
     */
    private void orderInterfaces(List<MonitoredEni> interfaces) {
        if (sameAsLast(interfaces)) {
            return;
        }
        Map<String, MonitoredEni> byId = new TreeMap<>();
        interfaces.forEach(eni -> byId.put(eni.interfaceId(), eni));
        MonitoredEni[] ordered = byId.values().toArray(new MonitoredEni[0]);
        // Every observation is checked against the interface list: a hash lookup, not a walk down the tree.
        Map<String, Integer> positions = new HashMap<>(ordered.length * 2);
        for (int i = 0; i < ordered.length; i++) {
            positions.put(ordered[i].interfaceId(), i);
        }
        interfacesById = byId;
        orderedInterfaces = ordered;
        interfacePositions = positions;
        lastInterfaces = interfaces.toArray(new MonitoredEni[0]);
    }

    private boolean sameAsLast(List<MonitoredEni> interfaces) {
        if (interfaces.size() != lastInterfaces.length) {
            return false;
        }
        int i = 0;
        for (MonitoredEni eni : interfaces) {
            if (eni != lastInterfaces[i++]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Observation rows grouped by interface into {@link #grouped}, observation order kept within each (a counting
     * sort), so that a flow's first observation is the same as in the list; {@code counts[e]} ends as the end of
     * interface {@code e}'s group. A row names its interface by a party number of the columns
     * ({@link Observations#interfaceParty}); each party's position is looked up by id once per window, not once
     * per change of interface between rows (the generator's rows alternate between the two ends of a connection).
     */
    private void groupByInterface(Observations observations, Map<String, Integer> positions,
                                  Map<String, MonitoredEni> byId, CaptureWindow window) {
        int n = observations.size();
        if (grouped.length < n * 2) {
            grouped = new int[Math.max(n * 2, grouped.length * 2)];
        }
        int[] out = grouped;
        if (counts.length < positions.size() + 1) {
            counts = new int[positions.size() + 1];
        }
        int[] starts = counts;
        Arrays.fill(starts, 0, positions.size() + 1, 0);
        int parties = observations.partyCount();
        if (partyPositions.length < parties) {
            partyPositions = new int[Math.max(parties, partyPositions.length * 2)];
        }
        int[] positionOfParty = partyPositions;
        Arrays.fill(positionOfParty, 0, parties, UNKNOWN_PARTY);
        long windowStart = window.startEpochSecond();
        long windowEnd = window.endEpochSecond();
        for (int i = 0; i < n; i++) {
            int party = observations.interfaceParty(i);
            int position = positionOfParty[party];
            if (position == UNKNOWN_PARTY) {
                String interfaceId = observations.interfaceId(i);
                Integer known = positions.get(interfaceId);
                if (known == null) {
                    throw new IllegalArgumentException("observation on " + interfaceId
                            + ", which is not one of the window's interfaces " + new TreeSet<>(byId.keySet()));
                }
                position = known;
                positionOfParty[party] = position;
            }
            long start = observations.start(i);
            long end = observations.end(i);
            if (start < windowStart || start >= windowEnd || end < windowStart || end >= windowEnd) {
                throw new IllegalArgumentException("observation " + observations.start(i) + ".."
                        + observations.end(i) + " lies outside the capture window " + window);
            }
            out[n + i] = position;
            starts[position + 1]++;
        }
        for (int i = 1; i <= positions.size(); i++) {
            starts[i] += starts[i - 1];
        }
        // starts[e] is where interface e's group begins; placing shifts it to where the group ends.
        for (int i = 0; i < n; i++) {
            out[starts[out[n + i]]++] = i;
        }
    }
}
