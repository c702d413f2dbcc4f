package dev.flowsim.simulator.record;

/**
 * One record as the renderer reads it, without it having to exist as a {@link FlowRecord}: the aggregation table
 * hands out its flows this way (no record object, no boxed counters per flow), and {@link #of} reads a
 * {@link FlowRecord} the same way, so both go through the one renderer. The flow accessors are only read when
 * {@link #logStatus()} is {@link LogStatus#OK}; the detail accessors only when {@link #direction()} is not null.
 */
public interface RecordRow {

    InterfaceMetadata eni();

    LogStatus logStatus();

    long start();

    long end();

    String srcAddr();

    String dstAddr();

    int srcPort();

    int dstPort();

    int protocol();

    long packets();

    long bytes();

    Action action();

    /** {@link TcpFlags#NOT_COMPUTED} when not known. */
    int tcpFlags();

    /** Null when the record carries no detail: every detail field renders as {@code -}. */
    FlowDirection direction();

    /** 0 when not reported. */
    int trafficPath();

    String pktSrcAddr();

    String pktDstAddr();

    String pktSrcAwsService();

    String pktDstAwsService();

    InterfaceMetadata nextHop();

    String rejectReason();

    /** -1 when not reported. */
    int encryptionStatus();

    /**
     * Which addresses the row also holds as IPv4 numbers, as bits: 1 srcaddr, 2 dstaddr, 4 pkt-srcaddr, 8
     * pkt-dstaddr (the renderer writes those as digits, not by copying text); 0 when it holds none.
     */
    default int ipv4Addresses() {
        return 0;
    }

    /** srcaddr as a number; read only when {@link #ipv4Addresses} has bit 1. */
    default int srcIpv4() {
        throw new IllegalStateException("no numeric source address");
    }

    /** dstaddr as a number; read only when {@link #ipv4Addresses} has bit 2. */
    default int dstIpv4() {
        throw new IllegalStateException("no numeric destination address");
    }

    /** pkt-srcaddr as a number; read only when {@link #ipv4Addresses} has bit 4. */
    default int pktSrcIpv4() {
        throw new IllegalStateException("no numeric packet source address");
    }

    /** pkt-dstaddr as a number; read only when {@link #ipv4Addresses} has bit 8. */
    default int pktDstIpv4() {
        throw new IllegalStateException("no numeric packet destination address");
    }

    /** The record as an object (rare paths: text beyond Latin-1, the list-based API). */
    FlowRecord toRecord();

    /** A {@link FlowRecord} read as a row. */
    static RecordRow of(FlowRecord record) {
        return new FlowRecordRow(record);
    }
}
