package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;

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
 */
public final class WindowAggregator {

    /**
     * Records sort by start (the event timestamp), then by tuple and action, so equal timestamps still come out in
     * the same order every run.
     */
    public static final Comparator<FlowRecord> RECORD_ORDER = RecordOrder.INSTANCE;

    private WindowAggregator() {
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
        if (capacity < 1) {
            throw new IllegalArgumentException("the per-window record capacity is at least 1, got " + capacity);
        }
        Map<String, MonitoredEni> byId = new TreeMap<>();
        interfaces.forEach(eni -> byId.put(eni.interfaceId(), eni));
        MonitoredEni[] ordered = byId.values().toArray(new MonitoredEni[0]);
        // Every observation is checked against the interface list: a hash lookup, not a walk down the tree.
        Map<String, Integer> positions = new HashMap<>(ordered.length * 2);
        for (int i = 0; i < ordered.length; i++) {
            positions.put(ordered[i].interfaceId(), i);
        }
        int[] grouped = groupByInterface(observations, positions, byId, window);
        int[] firstOf = new int[ordered.length + 1];
        for (int i = 0; i < observations.size(); i++) {
            firstOf[grouped[observations.size() + i] + 1]++;
        }
        for (int i = 0; i < ordered.length; i++) {
            firstOf[i + 1] += firstOf[i];
        }
        Map<String, List<FlowRecord>> recordsByEni = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        FlowTable flows = new FlowTable();
        for (int e = 0; e < ordered.length; e++) {
            MonitoredEni eni = ordered[e];
            flows.clear();
            for (int k = firstOf[e]; k < firstOf[e + 1]; k++) {
                flows.add(observations.get(grouped[k]));
            }
            FlowRecord[] records;
            if (flows.size() == 0) {
                records = new FlowRecord[] {
                    FlowRecord.noData(eni.metadata(), window.startEpochSecond(), window.lastEpochSecond())};
            } else {
                records = flows.toSortedRecords(eni.metadata());
            }
            if (records.length > capacity) {
                int kept = capacity - 1;
                skipped.put(eni.interfaceId(), records.length - kept);
                records = Arrays.copyOf(records, capacity);
                records[kept] = FlowRecord.skipData(eni.metadata(), window.startEpochSecond(),
                        window.lastEpochSecond());
            }
            recordsByEni.put(eni.interfaceId(), List.of(records));
        }
        return new Aggregate(recordsByEni, skipped);
    }

    /**
     * Observation numbers grouped by interface, observation order kept within each (a counting sort), so that a
     * flow's first observation is the same as in the list. The second half of the array holds each observation's
     * interface position.
     */
    private static int[] groupByInterface(List<FlowObservation> observations, Map<String, Integer> positions,
                                          Map<String, MonitoredEni> byId, CaptureWindow window) {
        int n = observations.size();
        int[] out = new int[n * 2];
        int[] counts = new int[positions.size() + 1];
        for (int i = 0; i < n; i++) {
            FlowObservation observation = observations.get(i);
            Integer position = positions.get(observation.interfaceId());
            if (position == null) {
                throw new IllegalArgumentException("observation on " + observation.interfaceId()
                        + ", which is not one of the window's interfaces " + new TreeSet<>(byId.keySet()));
            }
            if (!window.contains(observation.start()) || !window.contains(observation.end())) {
                throw new IllegalArgumentException("observation " + observation.start() + ".." + observation.end()
                        + " lies outside the capture window " + window);
            }
            out[n + i] = position;
            counts[position + 1]++;
        }
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        for (int i = 0; i < n; i++) {
            out[counts[out[n + i]]++] = i;
        }
        return out;
    }
}
