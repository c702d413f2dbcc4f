package dev.flowsim.benchmarks.flowlogs;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.record.RecordRow;

/**
 * A row's values copied out of the aggregation table, so that {@link LineRenderBenchmark} renders the same rows again
 * and again without aggregating them.
 */
final class RowSnapshot implements RecordRow {
    private final FlowRecord record;
    private final InterfaceMetadata eni;
    private final long start;
    private final long end;
    private final long packets;
    private final long bytes;
    private final int srcPort;
    private final int dstPort;
    private final int protocol;
    private final int tcpFlags;
    private final int trafficPath;
    private final int ipv4;
    private final int srcIpv4;
    private final int dstIpv4;
    private final int pktSrcIpv4;
    private final int pktDstIpv4;
    private final Action action;
    private final FlowDirection direction;
    private final String srcAddr;
    private final String dstAddr;
    private final String pktSrcAddr;
    private final String pktDstAddr;
    private final String pktSrcAwsService;
    private final String pktDstAwsService;
    private final InterfaceMetadata nextHop;
    private final String rejectReason;
    private final int encryptionStatus;

    RowSnapshot(RecordRow row) {
        record = row.toRecord();
        eni = row.eni();
        start = row.start();
        end = row.end();
        packets = row.packets();
        bytes = row.bytes();
        srcPort = row.srcPort();
        dstPort = row.dstPort();
        protocol = row.protocol();
        tcpFlags = row.tcpFlags();
        trafficPath = row.trafficPath();
        ipv4 = row.ipv4Addresses();
        srcIpv4 = (ipv4 & 1) != 0 ? row.srcIpv4() : 0;
        dstIpv4 = (ipv4 & 2) != 0 ? row.dstIpv4() : 0;
        pktSrcIpv4 = (ipv4 & 4) != 0 ? row.pktSrcIpv4() : 0;
        pktDstIpv4 = (ipv4 & 8) != 0 ? row.pktDstIpv4() : 0;
        action = row.action();
        direction = row.direction();
        srcAddr = row.srcAddr();
        dstAddr = row.dstAddr();
        boolean detail = direction != null;
        pktSrcAddr = detail ? row.pktSrcAddr() : null;
        pktDstAddr = detail ? row.pktDstAddr() : null;
        pktSrcAwsService = detail ? row.pktSrcAwsService() : null;
        pktDstAwsService = detail ? row.pktDstAwsService() : null;
        nextHop = detail ? row.nextHop() : null;
        rejectReason = detail ? row.rejectReason() : null;
        encryptionStatus = detail ? row.encryptionStatus() : -1;
    }

    @Override
    public InterfaceMetadata eni() {
        return eni;
    }

    @Override
    public LogStatus logStatus() {
        return LogStatus.OK;
    }

    @Override
    public long start() {
        return start;
    }

    @Override
    public long end() {
        return end;
    }

    @Override
    public String srcAddr() {
        return srcAddr;
    }

    @Override
    public String dstAddr() {
        return dstAddr;
    }

    @Override
    public int srcPort() {
        return srcPort;
    }

    @Override
    public int dstPort() {
        return dstPort;
    }

    @Override
    public int protocol() {
        return protocol;
    }

    @Override
    public long packets() {
        return packets;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public Action action() {
        return action;
    }

    @Override
    public int tcpFlags() {
        return tcpFlags;
    }

    @Override
    public FlowDirection direction() {
        return direction;
    }

    @Override
    public int trafficPath() {
        return trafficPath;
    }

    @Override
    public String pktSrcAddr() {
        return pktSrcAddr;
    }

    @Override
    public String pktDstAddr() {
        return pktDstAddr;
    }

    @Override
    public String pktSrcAwsService() {
        return pktSrcAwsService;
    }

    @Override
    public String pktDstAwsService() {
        return pktDstAwsService;
    }

    @Override
    public InterfaceMetadata nextHop() {
        return nextHop;
    }

    @Override
    public String rejectReason() {
        return rejectReason;
    }

    @Override
    public int encryptionStatus() {
        return encryptionStatus;
    }

    @Override
    public int ipv4Addresses() {
        return ipv4;
    }

    @Override
    public int srcIpv4() {
        return srcIpv4;
    }

    @Override
    public int dstIpv4() {
        return dstIpv4;
    }

    @Override
    public int pktSrcIpv4() {
        return pktSrcIpv4;
    }

    @Override
    public int pktDstIpv4() {
        return pktDstIpv4;
    }

    @Override
    public FlowRecord toRecord() {
        return record;
    }
}
