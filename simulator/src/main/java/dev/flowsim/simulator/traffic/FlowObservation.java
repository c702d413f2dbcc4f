package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;

import java.util.Objects;

/**
 * Packets of one flow direction seen on one interface during part of a window, before aggregation. Several
 * observations of the same tuple in one window become one record.
 */
public record FlowObservation(
        String interfaceId,
        String accountId,
        FiveTuple tuple,
        long packets,
        long bytes,
        long start,
        long end,
        Action action) {

    public FlowObservation {
        Objects.requireNonNull(interfaceId, "interfaceId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tuple, "tuple");
        Objects.requireNonNull(action, "action");
        if (packets < 1 || bytes < packets) {
            throw new IllegalArgumentException("an observation has at least one packet of at least one byte, got "
                    + packets + " packets, " + bytes + " bytes");
        }
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    static FlowObservation on(MonitoredEni eni, FiveTuple tuple, long packets, long bytes, long start, long end,
                              Action action) {
        return new FlowObservation(eni.interfaceId(), eni.accountId(), tuple, packets, bytes, start, end, action);
    }
}
