package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.TcpFlags;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;

import java.util.ArrayList;
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
    public static final Comparator<FlowRecord> RECORD_ORDER = Comparator.comparingLong(FlowRecord::start)
            .thenComparing(FlowRecord::tuple, Comparator.nullsFirst(FiveTuple.ORDER))
            .thenComparing(FlowRecord::action, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(FlowRecord::end);

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
        // Every observation is checked against the interface list: a hash lookup, not a walk down the tree.
        Map<String, MonitoredEni> lookup = new HashMap<>(byId);
        Map<String, Map<FlowKey, Accumulator>> flowsByEni = new HashMap<>();
        for (FlowObservation observation : observations) {
            requireBelongs(observation, lookup, window);
            flowsByEni.computeIfAbsent(observation.interfaceId(), id -> new HashMap<>())
                    .computeIfAbsent(new FlowKey(observation.tuple(), observation.action()),
                            key -> new Accumulator(observation))
                    .add(observation);
        }
        Map<String, List<FlowRecord>> recordsByEni = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (MonitoredEni eni : byId.values()) {
            Map<FlowKey, Accumulator> flows = flowsByEni.getOrDefault(eni.interfaceId(), Map.of());
            List<FlowRecord> records = new ArrayList<>(Math.max(1, flows.size()));
            if (flows.isEmpty()) {
                records.add(FlowRecord.noData(eni.metadata(), window.startEpochSecond(), window.lastEpochSecond()));
            } else {
                flows.forEach((key, flow) -> records.add(flow.toRecord(eni, key)));
                records.sort(RECORD_ORDER);
            }
            if (records.size() > capacity) {
                int kept = capacity - 1;
                skipped.put(eni.interfaceId(), records.size() - kept);
                records.subList(kept, records.size()).clear();
                records.add(FlowRecord.skipData(eni.metadata(), window.startEpochSecond(), window.lastEpochSecond()));
            }
            recordsByEni.put(eni.interfaceId(), List.copyOf(records));
        }
        return new Aggregate(recordsByEni, skipped);
    }

    private static void requireBelongs(FlowObservation observation, Map<String, MonitoredEni> byId,
                                       CaptureWindow window) {
        if (!byId.containsKey(observation.interfaceId())) {
            throw new IllegalArgumentException("observation on " + observation.interfaceId()
                    + ", which is not one of the window's interfaces " + new TreeSet<>(byId.keySet()));
        }
        if (!window.contains(observation.start()) || !window.contains(observation.end())) {
            throw new IllegalArgumentException("observation " + observation.start() + ".." + observation.end()
                    + " lies outside the capture window " + window);
        }
    }

    /**
     * The aggregation key. AWS defines a record by the 5-tuple; the action is part of the key as well because
     * accepted packets and packets rejected after a connection closed are reported as separate records.
     */
    private record FlowKey(FiveTuple tuple, Action action) {
    }

    private static final class Accumulator {
        private long packets;
        private long bytes;
        private long start;
        private long end;
        private int tcpFlags;
        private final FlowDetail detail;

        Accumulator(FlowObservation first) {
            this.start = first.start();
            this.end = first.end();
            this.detail = first.detail();
        }

        void add(FlowObservation observation) {
            packets += observation.packets();
            bytes += observation.bytes();
            start = Math.min(start, observation.start());
            end = Math.max(end, observation.end());
            tcpFlags = TcpFlags.combine(tcpFlags, observation.tcpFlags());
        }

        FlowRecord toRecord(MonitoredEni eni, FlowKey key) {
            return FlowRecord.ok(eni.metadata(), key.tuple(), packets, bytes, start, end, key.action(), tcpFlags,
                    detail);
        }
    }
}
