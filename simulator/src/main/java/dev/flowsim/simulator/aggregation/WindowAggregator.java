package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a window's observations into flow-log records: one record per 5-tuple per interface per window, packets
 * and bytes summed, start the earliest and end the latest second seen. An interface without any observation gets
 * the one NODATA record AWS writes for an idle interface.
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
        Map<String, MonitoredEni> byId = new TreeMap<>();
        interfaces.forEach(eni -> byId.put(eni.interfaceId(), eni));
        Map<String, Map<FlowKey, Accumulator>> flowsByEni = new HashMap<>();
        for (FlowObservation observation : observations) {
            requireBelongs(observation, byId, window);
            flowsByEni.computeIfAbsent(observation.interfaceId(), id -> new HashMap<>())
                    .computeIfAbsent(new FlowKey(observation.tuple(), observation.action()),
                            key -> new Accumulator(observation))
                    .add(observation);
        }
        Map<String, List<FlowRecord>> recordsByEni = new LinkedHashMap<>();
        for (MonitoredEni eni : byId.values()) {
            Map<FlowKey, Accumulator> flows = flowsByEni.getOrDefault(eni.interfaceId(), Map.of());
            List<FlowRecord> records = new ArrayList<>(Math.max(1, flows.size()));
            if (flows.isEmpty()) {
                records.add(FlowRecord.noData(eni.accountId(), eni.interfaceId(), window.startEpochSecond(),
                        window.lastEpochSecond()));
            } else {
                flows.forEach((key, flow) -> records.add(flow.toRecord(eni, key)));
                records.sort(RECORD_ORDER);
            }
            recordsByEni.put(eni.interfaceId(), List.copyOf(records));
        }
        return recordsByEni;
    }

    private static void requireBelongs(FlowObservation observation, Map<String, MonitoredEni> byId,
                                       CaptureWindow window) {
        if (!byId.containsKey(observation.interfaceId())) {
            throw new IllegalArgumentException("observation on " + observation.interfaceId()
                    + ", which is not one of the window's interfaces " + byId.keySet());
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

        Accumulator(FlowObservation first) {
            this.start = first.start();
            this.end = first.end();
        }

        void add(FlowObservation observation) {
            packets += observation.packets();
            bytes += observation.bytes();
            start = Math.min(start, observation.start());
            end = Math.max(end, observation.end());
        }

        FlowRecord toRecord(MonitoredEni eni, FlowKey key) {
            return FlowRecord.ok(eni.accountId(), eni.interfaceId(), key.tuple(), packets, bytes, start, end,
                    key.action());
        }
    }
}
