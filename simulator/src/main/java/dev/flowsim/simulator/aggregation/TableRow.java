package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.LogStatus;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.traffic.Observations;

/**
 * One flow of a {@link FlowTable} read as a record, in place: the counters and the key's numbers (IPv4 addresses,
 * ports, protocol, action) from the table, the tuple's text and the detail from the flow's first observation. Moved
 * from flow to flow with {@link #at}; one per aggregator.
 */
final class TableRow implements RecordRow {

    private static final Action[] ACTIONS = Action.values();

    private final FlowTable table;
    private InterfaceMetadata eni;
    private int flow;
    private int first;
    private Observations in;

    TableRow(FlowTable table) {
        this.table = table;
    }

    TableRow at(InterfaceMetadata interfaceMetadata, int flowNumber) {
        // The references change once per interface, not per record: storing them only then skips the garbage
        // collector's write barrier on every record (a long-lived row storing into old objects pays for each).
        if (eni != interfaceMetadata) {
            eni = interfaceMetadata;
        }
        Observations observations = table.observations();
        if (in != observations) {
            in = observations;
        }
        flow = flowNumber;
        first = table.first(flowNumber);
        return this;
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
        return table.start(flow);
    }

    @Override
    public long end() {
        return table.end(flow);
    }

    @Override
    public String srcAddr() {
        return in.tuple(first).srcAddr();
    }

    @Override
    public String dstAddr() {
        return in.tuple(first).dstAddr();
    }

    @Override
    public int srcPort() {
        return table.srcPort(flow);
    }

    @Override
    public int dstPort() {
        return table.dstPort(flow);
    }

    @Override
    public int protocol() {
        return table.protocol(flow);
    }

    @Override
    public long packets() {
        return table.packets(flow);
    }

    @Override
    public long bytes() {
        return table.bytes(flow);
    }

    @Override
    public Action action() {
        return ACTIONS[table.actionOrdinal(flow)];
    }

    @Override
    public int tcpFlags() {
        return table.tcpFlags(flow);
    }

    @Override
    public FlowDirection direction() {
        return in.direction(first);
    }

    @Override
    public int trafficPath() {
        return in.trafficPath(first);
    }

    @Override
    public String pktSrcAddr() {
        return in.pktSrcAddr(first);
    }

    @Override
    public String pktDstAddr() {
        return in.pktDstAddr(first);
    }

    @Override
    public String pktSrcAwsService() {
        return in.pktSrcAwsService(first);
    }

    @Override
    public String pktDstAwsService() {
        return in.pktDstAwsService(first);
    }

    @Override
    public InterfaceMetadata nextHop() {
        return in.nextHop(first);
    }

    @Override
    public String rejectReason() {
        return in.rejectReason(first);
    }

    @Override
    public int encryptionStatus() {
        return in.encryptionStatus(first);
    }

    @Override
    public int ipv4Addresses() {
        return table.ipv4Addresses(flow);
    }

    @Override
    public int srcIpv4() {
        return table.srcIpv4(flow);
    }

    @Override
    public int dstIpv4() {
        return table.dstIpv4(flow);
    }

    @Override
    public int pktSrcIpv4() {
        return in.pktSrcIpv4(first);
    }

    @Override
    public int pktDstIpv4() {
        return in.pktDstIpv4(first);
    }

    @Override
    public FlowRecord toRecord() {
        return FlowRecord.ok(eni, in.tuple(first), table.packets(flow), table.bytes(flow), table.start(flow),
                table.end(flow), in.action(first), table.tcpFlags(flow), in.detail(first));
    }
}
