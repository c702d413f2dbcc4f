package dev.flowsim.simulator.record;

/** {@link RecordRow#of}: a {@link FlowRecord} read as a row. */
final class FlowRecordRow implements RecordRow {

    private final FlowRecord record;

    FlowRecordRow(FlowRecord record) {
        this.record = record;
    }

    @Override
    public InterfaceMetadata eni() {
        return record.eni();
    }

    @Override
    public LogStatus logStatus() {
        return record.logStatus();
    }

    @Override
    public long start() {
        return record.start();
    }

    @Override
    public long end() {
        return record.end();
    }

    @Override
    public String srcAddr() {
        return record.tuple().srcAddr();
    }

    @Override
    public String dstAddr() {
        return record.tuple().dstAddr();
    }

    @Override
    public int srcPort() {
        return record.tuple().srcPort();
    }

    @Override
    public int dstPort() {
        return record.tuple().dstPort();
    }

    @Override
    public int protocol() {
        return record.tuple().protocol();
    }

    @Override
    public long packets() {
        return record.packets();
    }

    @Override
    public long bytes() {
        return record.bytes();
    }

    @Override
    public Action action() {
        return record.action();
    }

    @Override
    public int tcpFlags() {
        return record.tcpFlags();
    }

    @Override
    public FlowDirection direction() {
        return record.detail() == null ? null : record.detail().direction();
    }

    @Override
    public int trafficPath() {
        Integer path = record.detail().trafficPath();
        return path == null ? 0 : path;
    }

    @Override
    public String pktSrcAddr() {
        return record.detail().pktSrcAddr();
    }

    @Override
    public String pktDstAddr() {
        return record.detail().pktDstAddr();
    }

    @Override
    public String pktSrcAwsService() {
        return record.detail().pktSrcAwsService();
    }

    @Override
    public String pktDstAwsService() {
        return record.detail().pktDstAwsService();
    }

    @Override
    public InterfaceMetadata nextHop() {
        return record.detail().nextHop();
    }

    @Override
    public String rejectReason() {
        return record.detail().rejectReason();
    }

    @Override
    public int encryptionStatus() {
        Integer status = record.detail().encryptionStatus();
        return status == null ? -1 : status;
    }

    @Override
    public FlowRecord toRecord() {
        return record;
    }
}
