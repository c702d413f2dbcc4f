package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.Firewall;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records a connection on every monitored interface it touches, as the filters in between let it through: the
 * request on the client (egress) and on the server (ingress), the reply on the server (egress) and on the client
 * (ingress), each ACCEPT or REJECT as {@link Firewall} decides. A refused request is retried a few times and gets no
 * reply. Traffic AWS never logs is left out.
 *
 * <p>Two relays are recorded as the reference (1.9) and AWS's record examples describe them. A private interface's
 * internet traffic leaves through its VPC's NAT gateway, whose interface records four legs: the instance's request
 * arriving ({@code dstaddr} the gateway, {@code pkt-dstaddr} the internet host), the translated request leaving
 * (from the gateway's own address and a translated port), the host's reply arriving, and the reply going back
 * ({@code srcaddr} the gateway, {@code pkt-srcaddr} the host), each as the gateway subnet's ACL allows; the
 * instance's own records show the host as both {@code dstaddr} and {@code pkt-dstaddr}. A Network Load Balancer
 * with client IP preservation passes the client's address through: its interface records the client's connection
 * on the front and, towards the target, {@code srcaddr} its own address with {@code pkt-srcaddr} the client's; the
 * target sees the client's address.
 */
final class ConnectionRecorder {

    /** Egress path codes (reference 1.8). */
    static final int PATH_SAME_VPC = 1;
    /**
     * A NAT gateway or load balancer reaching the internet: path 2 (internet gateway) rather than 8, which the
     * reference reserves for Nitro instances [U].
     */
    static final int PATH_INTERNET_GATEWAY = 2;
    static final int PATH_INTERNET_GATEWAY_NITRO = 8;
    /** A NAT gateway translates source ports into 1024-65535. */
    private static final int NAT_FIRST_PORT = 1024;

    private final Observations out;
    private final Gateways gateways;
    /**
     * What the recorder was made for ({@link #serves}): a window's generation reuses the recorder of the previous
     * window written into the same columns when it is for the same topology, so that each interface's end (its
     * address parsed, its filters) is made once, not once per window. Null when made for no particular one.
     */
    private final Object topology;
    /**
     * Each interface's end, its address parsed once per recorder. Its party in the rows is re-registered after the
     * rows are cleared ({@link Endpoint#partyIn}), so the ends stay valid from window to window.
     */
    private final Map<MonitoredEni, Endpoint> endpoints;
    /**
     * The same ends by the interface's position in the topology's ordered list, for the generator's per-conversation
     * lookups of peers ({@link #endpoint(int, MonitoredEni)}): an array read instead of an identity-map probe.
     */
    private Endpoint[] byPosition;
    /** Hosts outside the topology that interfaces use again and again (resolvers, time servers), by identity. */
    private final Map<String, Endpoint> externals = new IdentityHashMap<>();

    ConnectionRecorder(List<FlowObservation> out) {
        this(out, Gateways.NONE);
    }

    /** Appends every observation to {@code out} as an object (tests that inspect what a connection records). */
    ConnectionRecorder(List<FlowObservation> out, Gateways gateways) {
        this(Observations.copyingInto(out), gateways);
    }

    ConnectionRecorder(Observations out, Gateways gateways) {
        this(out, gateways, 16);
    }

    /** @param interfaces how many interfaces the recorder will see (sizes its table of their ends) */
    ConnectionRecorder(Observations out, Gateways gateways, int interfaces) {
        this(out, gateways, interfaces, null);
    }

    /** @param topology what the recorder is made for: everything {@code gateways} and the ends derive from */
    ConnectionRecorder(Observations out, Gateways gateways, int interfaces, Object topology) {
        this.out = out;
        this.gateways = gateways;
        this.endpoints = new IdentityHashMap<>(interfaces);
        this.byPosition = new Endpoint[interfaces];
        this.topology = topology;
    }

    /** Whether this recorder writes into {@code rows} for {@code topology}, and may serve another of its windows. */
    boolean serves(Observations rows, Object topology) {
        return this.topology != null && this.topology == topology && out == rows;
    }

    /** The interface's end of its connections, made once per recorder. */
    Endpoint endpoint(MonitoredEni eni) {
        return endpoints.computeIfAbsent(eni, Endpoint::of);
    }

    /** {@link #endpoint(MonitoredEni)} of the interface at {@code position} of the topology's ordered list. */
    Endpoint endpoint(int position, MonitoredEni eni) {
        Endpoint[] known = byPosition;
        if (position < known.length) {
            Endpoint end = known[position];
            if (end != null && end.eni() == eni) {
                return end;
            }
        } else {
            known = Arrays.copyOf(known, position + 1);
            byPosition = known;
        }
        Endpoint end = endpoint(eni);
        known[position] = end;
        return end;
    }

    /** A host outside the topology at this address, made once per recorder for the same string. */
    Endpoint external(String address) {
        return externals.computeIfAbsent(address, Endpoint::lastingExternal);
    }

    /**
     * @param refused what the client sends when the request is refused (SYN retries), instead of {@code request}
     */
    void connection(Endpoint client, Endpoint server, FiveTuple tuple, Leg request, Leg reply, Leg refused) {
        if (excluded(client, tuple) || excluded(server, tuple)) {
            return;
        }
        // Ends that serve many connections remember their filters' answers (VerdictMemo): no rule walk each time.
        Firewall.Verdict verdict = client.lasting() && server.lasting()
                ? client.verdictTo(server, tuple.protocol(), tuple.dstPort(), tuple.srcPort())
                : Firewall.decide(client.side(), server.side(), tuple.protocol(), tuple.srcPort(), tuple.dstPort());
        boolean refusedSomewhere = verdict.requestAtClient() == Action.REJECT
                || verdict.requestAtServer() == Action.REJECT;
        MonitoredEni nat = !refusedSomewhere && client.eni() != null && server.eni() == null
                ? natFor(client.eni(), tuple) : null;
        int natPort = nat == null ? 0 : translatedPort(tuple);
        NatHops hops = nat == null ? null : NatHops.judge(nat, client.eni(), tuple, natPort);
        // A request lost at the gateway's ACL is retried like one refused at the server, and never answered.
        boolean unanswered = refusedSomewhere || (hops != null && !hops.requestThrough());
        Leg sent = unanswered ? refused : request;
        record(client, server, tuple, false, sent, verdict.requestAtClient());
        record(server, client, tuple, false, sent, verdict.requestAtServer());
        if (!unanswered) {
            // The reply's legs are the tuple read backwards: no reversed tuple is made unless a row must keep one.
            record(server, client, tuple, true, reply, verdict.replyAtServer());
            if (hops == null || hops.replyThrough()) {
                record(client, server, tuple, true, reply, verdict.replyAtClient());
            }
        }
        if (hops != null) {
            throughNat(nat, natPort, hops, client, server, tuple, sent, reply);
        }
    }

    /**
     * The NAT gateway's records of a connection its instance opened (reference 1.9), each leg as its subnet's ACL
     * lets it through ({@link NatHops}).
     */
    private void throughNat(MonitoredEni nat, int natPort, NatHops hops, Endpoint client, Endpoint server,
                            FiveTuple tuple, Leg request, Leg reply) {
        String inside = nat.privateIp();
        InterfaceMetadata instance = client.eni().metadata();
        FiveTuple arriving = new FiveTuple(tuple.srcAddr(), inside, tuple.srcPort(), tuple.dstPort(),
                tuple.protocol());
        FiveTuple leaving = new FiveTuple(inside, tuple.dstAddr(), natPort, tuple.dstPort(), tuple.protocol());
        relayed(nat, arriving, request, hops.leg(NatHops.ARRIVING), FlowDirection.INGRESS, null, tuple.srcAddr(),
                tuple.dstAddr(), null, server.awsService(), instance);
        relayed(nat, leaving, request, hops.leg(NatHops.LEAVING), FlowDirection.EGRESS, PATH_INTERNET_GATEWAY,
                inside, tuple.dstAddr(), null, server.awsService(), null);
        relayed(nat, leaving.reversed(), reply, hops.leg(NatHops.ANSWERED), FlowDirection.INGRESS, null,
                tuple.dstAddr(), inside, server.awsService(), null, null);
        relayed(nat, arriving.reversed(), reply, hops.leg(NatHops.RETURNED), FlowDirection.EGRESS, PATH_SAME_VPC,
                tuple.dstAddr(), tuple.srcAddr(), server.awsService(), null, instance);
    }

    /**
     * A client on the internet connecting through a Network Load Balancer (client IP preservation, instance
     * targets) to a target interface: the target's groups and ACL judge the client's own address.
     *
     * @param tuple the connection as the target sees it: client address and port to target address and port
     */
    void throughLoadBalancer(MonitoredEni balancer, String clientAddress, MonitoredEni target, FiveTuple tuple,
                             int listenerPort, Leg request, Leg reply, Leg refused) {
        Endpoint client = Endpoint.external(clientAddress);
        Endpoint lb = endpoint(balancer);
        Endpoint server = endpoint(target);
        if (excluded(server, tuple)) {
            return;
        }
        Firewall.Verdict verdict = Firewall.decide(client.side(), server.side(), tuple.protocol(), tuple.srcPort(),
                tuple.dstPort());
        boolean refusedAtTarget = verdict.requestAtServer() == Action.REJECT;
        Leg sent = refusedAtTarget ? refused : request;
        String front = balancer.privateIp();
        InterfaceMetadata targetMeta = target.metadata();
        FiveTuple arriving = new FiveTuple(clientAddress, front, tuple.srcPort(), listenerPort, tuple.protocol());
        relayed(balancer, arriving, sent, Action.ACCEPT, FlowDirection.INGRESS, null, clientAddress, front, null,
                null, null);
        FiveTuple forwarded = new FiveTuple(front, target.privateIp(), tuple.srcPort(), tuple.dstPort(),
                tuple.protocol());
        relayed(balancer, forwarded, sent, Action.ACCEPT, FlowDirection.EGRESS, PATH_SAME_VPC, clientAddress,
                target.privateIp(), null, null, targetMeta);
        record(server, lb, tuple, false, sent, verdict.requestAtServer(), null);
        if (refusedAtTarget) {
            return;
        }
        // The reply goes back the way it came, through the load balancer: path 1 from the target [U].
        record(server, lb, tuple, true, reply, verdict.replyAtServer(), PATH_SAME_VPC);
        if (verdict.replyAtServer() != Action.ACCEPT) {
            return;
        }
        relayed(balancer, forwarded.reversed(), reply, Action.ACCEPT, FlowDirection.INGRESS, null,
                target.privateIp(), clientAddress, null, null, targetMeta);
        relayed(balancer, arriving.reversed(), reply, Action.ACCEPT, FlowDirection.EGRESS, PATH_INTERNET_GATEWAY,
                front, clientAddress, null, null, null);
    }

    /** @param action null for a leg never reached, which is not recorded */
    private void relayed(MonitoredEni at, FiveTuple tuple, Leg leg, Action action, FlowDirection direction,
                         Integer path, String pktSrc, String pktDst, String pktSrcService, String pktDstService,
                         InterfaceMetadata nextHop) {
        if (action == null) {
            return;
        }
        out.add(at, tuple, leg, action, direction, path == null ? 0 : path, pktSrc, pktDst, pktSrcService,
                pktDstService, nextHop);
    }

    /** {@link Gateways#natFor} of the tuple's destination, which stays a number where it is one. */
    private MonitoredEni natFor(MonitoredEni eni, FiveTuple tuple) {
        long dst = tuple.dstIpv4();
        return dst >= 0 ? gateways.natFor(eni, null, dst) : gateways.natFor(eni, tuple.dstAddr());
    }

    /** The same connection always maps to the same gateway port, so its records aggregate across the window. */
    private static int translatedPort(FiveTuple tuple) {
        int hash = Objects.hash(tuple.srcAddr(), tuple.dstAddr(), tuple.srcPort(), tuple.dstPort(), tuple.protocol())
                * 0x9E3779B1;
        return NAT_FIRST_PORT + Math.floorMod(hash ^ (hash >>> 16), 65_536 - NAT_FIRST_PORT);
    }

    private void record(Endpoint at, Endpoint other, FiveTuple tuple, boolean backwards, Leg leg, Action action) {
        record(at, other, tuple, backwards, leg, action, null);
    }

    /**
     * @param backwards whether the leg is {@code tuple} reversed (a reply)
     * @param path      the egress path when the route is known to differ from {@link #pathTo}'s guess; else null
     */
    private void record(Endpoint at, Endpoint other, FiveTuple tuple, boolean backwards, Leg leg, Action action,
                        Integer path) {
        if (at.eni() == null || action == null) {
            return;
        }
        MonitoredEni eni = at.eni();
        boolean egress = backwards ? at.isDestinationOf(tuple) : at.isSourceOf(tuple);
        Endpoint sender = egress ? at : other;
        Endpoint receiver = egress ? other : at;
        out.addWithTupleAddresses(at, tuple, backwards, leg, action,
                egress ? FlowDirection.EGRESS : FlowDirection.INGRESS,
                egress ? (path != null ? path : pathTo(eni, other)) : 0, sender.awsService(), receiver.awsService(),
                other.eni() == null ? null : other);
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
        return end.eni() != null && NeverLogged.excludes(tuple, end.reservedAddresses());
    }
}
