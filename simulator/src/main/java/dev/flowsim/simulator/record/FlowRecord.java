package dev.flowsim.simulator.record;

import java.util.Objects;

/**
 * One VPC flow-log record with the version 2 fields. A {@code null} component is a field that does not apply and
 * is written as {@code -}: everything but version, account, interface, start, end and status for NODATA/SKIPDATA.
 *
 * @param start Unix seconds of the first packet seen in the window
 * @param end   Unix seconds of the last packet seen in the window
 */
public record FlowRecord(
        int version,
        String accountId,
        String interfaceId,
        FiveTuple tuple,
        Long packets,
        Long bytes,
        long start,
        long end,
        Action action,
        LogStatus logStatus) {

    /** The only record version the simulator emits so far. */
    public static final int VERSION_2 = 2;

    public FlowRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(interfaceId, "interfaceId");
        Objects.requireNonNull(logStatus, "logStatus");
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        boolean flowFieldsPresent = tuple != null && packets != null && bytes != null && action != null;
        boolean flowFieldsAbsent = tuple == null && packets == null && bytes == null && action == null;
        if (logStatus == LogStatus.OK && !flowFieldsPresent) {
            throw new IllegalArgumentException("an OK record needs addresses, ports, protocol, packets, bytes and action");
        }
        if (logStatus != LogStatus.OK && !flowFieldsAbsent) {
            throw new IllegalArgumentException("a " + logStatus + " record carries no flow fields");
        }
        if (packets != null && (packets < 1 || bytes < packets)) {
            throw new IllegalArgumentException("a flow has at least one packet and one byte per packet, got "
                    + packets + " packets, " + bytes + " bytes");
        }
    }

    public static FlowRecord ok(String accountId, String interfaceId, FiveTuple tuple, long packets, long bytes,
                                long start, long end, Action action) {
        return new FlowRecord(VERSION_2, accountId, interfaceId, Objects.requireNonNull(tuple, "tuple"),
                packets, bytes, start, end, Objects.requireNonNull(action, "action"), LogStatus.OK);
    }

    /** The single record of an interface that carried no traffic in the window. */
    public static FlowRecord noData(String accountId, String interfaceId, long start, long end) {
        return new FlowRecord(VERSION_2, accountId, interfaceId, null, null, null, start, end, null, LogStatus.NODATA);
    }

    public static FlowRecord skipData(String accountId, String interfaceId, long start, long end) {
        return new FlowRecord(VERSION_2, accountId, interfaceId, null, null, null, start, end, null,
                LogStatus.SKIPDATA);
    }

    /** The CloudWatch Logs event timestamp for this record: its start in milliseconds. */
    public long eventTimestampMillis() {
        return start * 1000L;
    }
}
