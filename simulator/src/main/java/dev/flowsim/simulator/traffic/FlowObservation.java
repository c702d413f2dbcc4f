package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;

import java.util.Objects;

/**
 * Packets of one flow direction seen on one interface during part of a window, before aggregation. Several
 * observations of the same tuple in one window become one record, their TCP flags OR-ed.
 *
 * @param tcpFlags the reported flags of these packets ({@link dev.flowsim.simulator.record.TcpFlags})
 * @param detail   direction, path and packet-level fields; null when not known
 */
public record FlowObservation(
        String interfaceId,
        String accountId,
        FiveTuple tuple,
        long packets,
        long bytes,
        long start,
        long end,
        Action action,
        int tcpFlags,
        FlowDetail detail) {

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

    /** An observation with only the version-2 fields known. */
    public FlowObservation(String interfaceId, String accountId, FiveTuple tuple, long packets, long bytes,
                           long start, long end, Action action) {
        this(interfaceId, accountId, tuple, packets, bytes, start, end, action, 0, null);
    }
}
