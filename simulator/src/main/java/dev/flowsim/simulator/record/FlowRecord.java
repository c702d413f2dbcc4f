package dev.flowsim.simulator.record;

import java.util.Objects;

/**
 * One VPC flow-log record, with everything any format version can show. A {@code null} component is a field that
 * does not apply and is written as {@code -}: every flow field for NODATA and SKIPDATA records. The {@code version}
 * field is not part of the record: it follows from the format that renders it (reference 1.4).
 *
 * @param eni      the interface the record was captured on
 * @param start    Unix seconds of the first packet seen in the window
 * @param end      Unix seconds of the last packet seen in the window
 * @param tcpFlags the OR of the reported flags of the record's packets ({@link TcpFlags}); 0 for UDP and ICMP
 * @param detail   direction, path and packet-level fields; null when not known (they render as {@code -})
 */
public record FlowRecord(
        InterfaceMetadata eni,
        FiveTuple tuple,
        Long packets,
        Long bytes,
        long start,
        long end,
        Action action,
        LogStatus logStatus,
        int tcpFlags,
        FlowDetail detail) {

    /** The version of the default format. */
    public static final int VERSION_2 = 2;

    public FlowRecord {
        Objects.requireNonNull(eni, "eni");
        Objects.requireNonNull(logStatus, "logStatus");
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        boolean flowFieldsPresent = tuple != null && packets != null && bytes != null && action != null;
        boolean flowFieldsAbsent = tuple == null && packets == null && bytes == null && action == null
                && detail == null;
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

    public static FlowRecord ok(InterfaceMetadata eni, FiveTuple tuple, long packets, long bytes, long start,
                                long end, Action action, int tcpFlags, FlowDetail detail) {
        return new FlowRecord(eni, Objects.requireNonNull(tuple, "tuple"), packets, bytes, start, end,
                Objects.requireNonNull(action, "action"), LogStatus.OK, tcpFlags, detail);
    }

    /** An OK record with only the version-2 fields known. */
    public static FlowRecord ok(String accountId, String interfaceId, FiveTuple tuple, long packets, long bytes,
                                long start, long end, Action action) {
        return ok(InterfaceMetadata.of(accountId, interfaceId), tuple, packets, bytes, start, end, action, 0, null);
    }

    /** The single record of an interface that carried no traffic in the window. */
    public static FlowRecord noData(InterfaceMetadata eni, long start, long end) {
        return new FlowRecord(eni, null, null, null, start, end, null, LogStatus.NODATA, 0, null);
    }

    public static FlowRecord noData(String accountId, String interfaceId, long start, long end) {
        return noData(InterfaceMetadata.of(accountId, interfaceId), start, end);
    }

    /** Stands for the records of the window that the publisher could not keep (capacity exceeded). */
    public static FlowRecord skipData(InterfaceMetadata eni, long start, long end) {
        return new FlowRecord(eni, null, null, null, start, end, null, LogStatus.SKIPDATA, 0, null);
    }

    public static FlowRecord skipData(String accountId, String interfaceId, long start, long end) {
        return skipData(InterfaceMetadata.of(accountId, interfaceId), start, end);
    }

    public String accountId() {
        return eni.accountId();
    }

    public String interfaceId() {
        return eni.interfaceId();
    }

    public boolean isFlow() {
        return logStatus == LogStatus.OK;
    }

    /** The CloudWatch Logs event timestamp for this record: its start in milliseconds. */
    public long eventTimestampMillis() {
        return start * 1000L;
    }
}
