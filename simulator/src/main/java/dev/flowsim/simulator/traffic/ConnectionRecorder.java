package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.security.Firewall;

import java.util.List;

/**
 * Records a connection on every monitored interface it touches, as the filters in between let it through: the
 * request on the client (egress) and on the server (ingress), the reply on the server (egress) and on the client
 * (ingress), each ACCEPT or REJECT as {@link Firewall} decides. A refused request is retried a few times and gets no
 * reply. Traffic AWS never logs is left out.
 */
final class ConnectionRecorder {

    /** Egress path codes (reference 1.8). */
    static final int PATH_SAME_VPC = 1;
    static final int PATH_INTERNET_GATEWAY_NITRO = 8;

    private final List<FlowObservation> out;

    ConnectionRecorder(List<FlowObservation> out) {
        this.out = out;
    }

    /**
     * @param refused what the client sends when the request is refused (SYN retries), instead of {@code request}
     */
    void connection(Endpoint client, Endpoint server, FiveTuple tuple, Leg request, Leg reply, Leg refused) {
        if (excluded(client, tuple) || excluded(server, tuple)) {
            return;
        }
        Firewall.Verdict verdict = Firewall.decide(side(client), side(server), tuple.protocol(), tuple.srcPort(),
                tuple.dstPort());
        boolean refusedSomewhere = verdict.requestAtClient() == Action.REJECT
                || verdict.requestAtServer() == Action.REJECT;
        Leg sent = refusedSomewhere ? refused : request;
        record(client, server, tuple, sent, verdict.requestAtClient());
        record(server, client, tuple, sent, verdict.requestAtServer());
        if (!refusedSomewhere) {
            FiveTuple back = tuple.reversed();
            record(server, client, back, reply, verdict.replyAtServer());
            record(client, server, back, reply, verdict.replyAtClient());
        }
    }

    private void record(Endpoint at, Endpoint other, FiveTuple tuple, Leg leg, Action action) {
        if (at.eni() == null || action == null) {
            return;
        }
        MonitoredEni eni = at.eni();
        boolean egress = tuple.srcAddr().equals(at.address());
        Endpoint sender = egress ? at : other;
        Endpoint receiver = egress ? other : at;
        FlowDetail detail = new FlowDetail(egress ? FlowDirection.EGRESS : FlowDirection.INGRESS,
                egress ? pathTo(eni, other) : null, tuple.srcAddr(), tuple.dstAddr(), sender.awsService(),
                receiver.awsService(), other.eni() == null ? null : other.eni().metadata(), null, null);
        out.add(FlowObservation.on(eni, tuple, leg.packets(), leg.bytes(), leg.start(), leg.end(), action,
                leg.tcpFlags(), detail));
    }

    /**
     * Another interface of the VPC is path 1; the internet is path 8 (internet gateway, Nitro instance) from an
     * interface with a public address, and path 1 (the NAT gateway is a resource of the same VPC) from one without.
     */
    private static int pathTo(MonitoredEni eni, Endpoint other) {
        if (other.eni() != null) {
            return PATH_SAME_VPC;
        }
        return eni.publicIp() != null ? PATH_INTERNET_GATEWAY_NITRO : PATH_SAME_VPC;
    }

    private static boolean excluded(Endpoint end, FiveTuple tuple) {
        return end.eni() != null && NeverLogged.excludes(tuple, end.eni().vpcCidr());
    }

    private static Firewall.Side side(Endpoint end) {
        return new Firewall.Side(end.address(), end.eni() == null ? null : end.eni().security());
    }
}
