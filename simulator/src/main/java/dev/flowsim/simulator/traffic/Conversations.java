package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.TcpFlags;

import java.util.random.RandomGenerator;

/**
 * Builds one conversation of each kind and hands it to the {@link ConnectionRecorder}, which records it on every
 * monitored interface it touches as the security groups and network ACLs allow. All times stay inside the window.
 */
final class Conversations {

    private static final int HTTPS = 443;
    private static final int HTTP = 80;
    private static final int DNS = 53;
    private static final int NTP = 123;
    private static final int SSH = 22;
    /** An NTP packet on the wire: 48 bytes of NTP, 8 of UDP, 20 of IPv4. */
    private static final int NTP_PACKET_BYTES = 76;
    /** A SYN with options: 60 bytes on the wire (44 from scanners that send no options). */
    private static final int SYN_BYTES = 60;
    private static final int[] SCANNED_PORTS = {21, 22, 23, 25, 53, 80, 110, 135, 139, 143, 443, 445, 1433, 3306,
        3389, 5432, 5900, 6379, 8080, 8443, 9200, 27017};

    /** Client side of a short connection: SYN, ACKs, FIN-ACK → 3; of one still open at the window's end → 2. */
    private static final int CLIENT_CLOSED = TcpFlags.ofPackets(TcpFlags.SYN, TcpFlags.ACK, TcpFlags.FIN | TcpFlags.ACK);
    private static final int CLIENT_OPEN = TcpFlags.ofPackets(TcpFlags.SYN, TcpFlags.ACK);
    /** Server side: SYN-ACK, ACKs, FIN-ACK → 19; still open → 18. */
    private static final int SERVER_CLOSED = TcpFlags.ofPackets(TcpFlags.SYN_ACK, TcpFlags.ACK,
            TcpFlags.FIN | TcpFlags.ACK);
    private static final int SERVER_OPEN = TcpFlags.ofPackets(TcpFlags.SYN_ACK, TcpFlags.ACK);
    /** A port with no listener answers RST-ACK → 4. */
    private static final int RESET = TcpFlags.ofPacket(TcpFlags.RST | TcpFlags.ACK);

    /** What a probe answered by a listener or a closed port sends: SYN, then RST. */
    private static final int PROBE_ANSWERED = TcpFlags.ofPackets(TcpFlags.SYN, TcpFlags.RST);

    private final RandomGenerator rng;
    /** The window's bounds, read once: they are used for every flow. */
    private final long windowStart;
    private final long windowLast;
    private final long windowSeconds;
    private final ConnectionRecorder recorder;
    /**
     * The legs of the conversation being built, reused conversation after conversation: the recorder copies their
     * values into observations and keeps no reference, so one set per generator is enough.
     */
    private final Leg requestLeg = new Leg();
    private final Leg replyLeg = new Leg();
    private final Leg refusedLeg = new Leg();
    /**
     * The ends this generator uses most, looked up once: a generator serves one interface's window, so nearly every
     * conversation has that interface at one end, and it asks the same resolver and time server throughout.
     */
    private MonitoredEni ownInterface;
    private Endpoint ownEnd;
    private final String[] knownHosts = new String[2];
    private final Endpoint[] knownHostEnds = new Endpoint[2];
    /** The current flow's first and last second ({@link #span}). */
    private long spanStart;
    private long spanEnd;

    Conversations(RandomGenerator rng, CaptureWindow window, ConnectionRecorder recorder) {
        this.rng = rng;
        this.windowStart = window.startEpochSecond();
        this.windowLast = window.lastEpochSecond();
        this.windowSeconds = window.intervalSeconds();
        this.recorder = recorder;
    }

    /** An internet client fetching from the interface over HTTPS (mostly) or HTTP, with an ephemeral port. */
    void inboundWeb(MonitoredEni server, EniProfile profile) {
        int port = profile.serves(HTTP) && rng.nextDouble() < 0.2 ? HTTP
                : profile.role() == Workload.Role.WEB ? profile.servicePort() : rng.nextDouble() < 0.8 ? HTTPS : HTTP;
        long client = InternetAddresses.publicIpv4Number(rng);
        Endpoint serverEnd = endpoint(server);
        FiveTuple request = FiveTuple.ofIpv4(null, client, serverEnd.knownText(), serverEnd.ipv4(),
                InternetAddresses.clientPort(rng), port, FiveTuple.TCP);
        tcp(Endpoint.external(client), serverEnd, request, rng.nextDouble() < 0.1, 25, 52, 420, 120, 1400);
    }

    /**
     * An internet client reaching a target through a Network Load Balancer's listener; the target serves the same
     * port [U] and sees the client's own address and port (client IP preservation).
     */
    void throughLoadBalancer(MonitoredEni balancer, MonitoredEni target, int port) {
        String client = InternetAddresses.publicIpv4(rng);
        FiveTuple atTarget = new FiveTuple(client, target.privateIp(), InternetAddresses.clientPort(rng), port,
                FiveTuple.TCP);
        tcpLegs(rng.nextDouble() < 0.1, 25, 52, 420, 120, 1400);
        recorder.throughLoadBalancer(balancer, client, target, atTarget, port, requestLeg, replyLeg, refusedLeg);
    }

    /** An HTTPS call to an AWS service endpoint (S3, DynamoDB) from the interface, e.g. through its NAT gateway. */
    void awsServiceCall(MonitoredEni eni) {
        AwsServiceRanges.Service service = AwsServiceRanges.pick(rng);
        long address = AwsServiceRanges.addressNumberIn(service, rng);
        Endpoint client = endpoint(eni);
        FiveTuple request = FiveTuple.ofIpv4(client.knownText(), client.ipv4(), null, address,
                InternetAddresses.linuxEphemeralPort(rng), service.port(), FiveTuple.TCP);
        tcpLegs(false, 20, 80, 1200, 200, 1448);
        recorder.connection(client, Endpoint.awsService(address, service.name()), request, requestLeg, replyLeg,
                refusedLeg);
    }

    /** A connection from one monitored interface to a service port of another, seen on both interfaces. */
    void eastWest(MonitoredEni client, MonitoredEni server, int servicePort) {
        eastWest(client, -1, server, servicePort);
    }

    /** As {@link #eastWest(MonitoredEni, MonitoredEni, int)}, the server at {@code serverPosition} of the topology. */
    void eastWest(MonitoredEni client, int serverPosition, MonitoredEni server, int servicePort) {
        Endpoint from = endpoint(client);
        Endpoint to = endpoint(serverPosition, server);
        FiveTuple request = tupleOf(from, to, InternetAddresses.linuxEphemeralPort(rng), servicePort, FiveTuple.TCP);
        tcp(from, to, request, rng.nextDouble() < 0.2, 60, 60, 900, 80, 1448);
    }

    /**
     * A pooled connection (application to database) that stays open across windows: the same tuple every window,
     * only ACK/PSH packets in between, so its records show tcp-flags 0.
     */
    void pooled(MonitoredEni client, MonitoredEni server, int servicePort, int slot) {
        pooled(client, -1, server, servicePort, slot);
    }

    /** As {@link #pooled(MonitoredEni, MonitoredEni, int, int)}, the server at {@code serverPosition}. */
    void pooled(MonitoredEni client, int serverPosition, MonitoredEni server, int servicePort, int slot) {
        int clientPort = 40_000 + Math.floorMod(concatenatedHash(client.interfaceId(), server.interfaceId())
                + slot * 7919, 20_000);
        Endpoint from = endpoint(client);
        Endpoint to = endpoint(serverPosition, server);
        FiveTuple request = tupleOf(from, to, clientPort, servicePort, FiveTuple.TCP);
        long start = windowStart + rng.nextLong(3);
        long end = windowLast - rng.nextLong(3);
        long packets = between(20, 400);
        Leg sent = requestLeg.set(packets, packets * between(80, 600), start, end, 0);
        Leg answered = replyLeg.set(packets, packets * between(100, 1448), start, end, 0);
        recorder.connection(from, to, request, sent, answered, sent);
    }

    /** A UDP query to the interface's resolver and its answer (never logged when it is the Amazon DNS server). */
    void dnsQuery(MonitoredEni eni, String resolver) {
        Endpoint client = endpoint(eni);
        Endpoint server = external(resolver);
        FiveTuple query = tupleOf(client, server, InternetAddresses.linuxEphemeralPort(rng), DNS, FiveTuple.UDP);
        span(1);
        long packets = rng.nextDouble() < 0.9 ? 1 : 2;
        Leg sent = requestLeg.set(packets, packets * between(56, 90), spanStart, spanEnd, 0);
        Leg answer = replyLeg.set(packets, packets * between(72, 300), replyStart(), spanEnd, 0);
        recorder.connection(client, server, query, sent, answer, sent);
    }

    /** One NTP exchange; with a fixed source port, repeated syncs in a window share a tuple and aggregate. */
    void ntpSync(MonitoredEni eni, String server, boolean fixedSourcePort) {
        int sourcePort = fixedSourcePort ? NTP : InternetAddresses.linuxEphemeralPort(rng);
        Endpoint client = endpoint(eni);
        Endpoint timeServer = external(server);
        FiveTuple request = tupleOf(client, timeServer, sourcePort, NTP, FiveTuple.UDP);
        span(1);
        Leg sent = requestLeg.set(1, NTP_PACKET_BYTES, spanStart, spanEnd, 0);
        Leg answer = replyLeg.set(1, NTP_PACKET_BYTES, replyStart(), spanEnd, 0);
        recorder.connection(client, timeServer, request, sent, answer, sent);
    }

    /** A scanner's attempt on port 22; refused unless a security group admits SSH from the internet. */
    void sshProbe(MonitoredEni target) {
        Endpoint scanner = Endpoint.external(InternetAddresses.publicIpv4Number(rng));
        Endpoint at = endpoint(target);
        probe(scanner, at, tupleOf(scanner, at, InternetAddresses.clientPort(rng), SSH, FiveTuple.TCP), false);
    }

    /** A sweep of a few well-known ports from one scanner address and source port, each port its own flow. */
    void portScan(MonitoredEni target, EniProfile profile) {
        Endpoint scanner = Endpoint.external(InternetAddresses.publicIpv4Number(rng));
        Endpoint at = endpoint(target);
        int sourcePort = InternetAddresses.clientPort(rng);
        int ports = (int) between(3, 12);
        for (int i = 0; i < ports; i++) {
            int port = SCANNED_PORTS[rng.nextInt(SCANNED_PORTS.length)];
            probe(scanner, at, tupleOf(scanner, at, sourcePort, port, FiveTuple.TCP),
                    profile.serves(port));
        }
    }

    /** SYNs to one port: refused by the filters, or answered by a listener (SYN-ACK) or by a closed port (RST). */
    private void probe(Endpoint scanner, Endpoint target, FiveTuple probe, boolean listening) {
        span(3);
        long syns = between(1, 3);
        long synBytes = rng.nextBoolean() ? SYN_BYTES : 44;
        refusedLeg.set(syns, syns * synBytes, spanStart, spanEnd, TcpFlags.SYN);
        requestLeg.set(2, 2 * synBytes, spanStart, spanEnd, PROBE_ANSWERED);
        replyLeg.set(1, 40, replyStart(), spanEnd, listening ? TcpFlags.SYN_ACK : RESET);
        recorder.connection(scanner, target, probe, requestLeg, replyLeg, refusedLeg);
    }

    /** A TCP connection with request and reply sizes drawn from the given ranges. */
    private void tcp(Endpoint client, Endpoint server, FiveTuple request, boolean longLived, long maxPackets,
                     long minRequestBytes, long maxRequestBytes, long minReplyBytes, long maxReplyBytes) {
        tcpLegs(longLived, maxPackets, minRequestBytes, maxRequestBytes, minReplyBytes, maxReplyBytes);
        recorder.connection(client, server, request, requestLeg, replyLeg, refusedLeg);
    }

    /**
     * Request, reply and refused-request legs of a TCP connection, drawn as {@link #tcp} draws them, into
     * {@link #requestLeg}, {@link #replyLeg} and {@link #refusedLeg}.
     */
    private void tcpLegs(boolean longLived, long maxPackets, long minRequestBytes, long maxRequestBytes,
                          long minReplyBytes, long maxReplyBytes) {
        span(longLived ? windowSeconds : 10);
        long requestPackets = between(3, longLived ? maxPackets * 4 : maxPackets);
        long replyPackets = between(Math.max(2, requestPackets - 2), requestPackets * 3);
        requestLeg.set(requestPackets, requestPackets * between(minRequestBytes, maxRequestBytes), spanStart, spanEnd,
                longLived ? CLIENT_OPEN : CLIENT_CLOSED);
        replyLeg.set(replyPackets, replyPackets * between(minReplyBytes, maxReplyBytes), replyStart(), spanEnd,
                longLived ? SERVER_OPEN : SERVER_CLOSED);
        long syns = between(1, 3);
        refusedLeg.set(syns, syns * SYN_BYTES, spanStart, Math.min(spanStart + syns - 1, windowLast),
                TcpFlags.SYN);
    }

    /**
     * Draws the first and last second of a flow lasting up to {@code maxSeconds}, clipped to the window, into
     * {@link #spanStart} and {@link #spanEnd}.
     */
    private void span(long maxSeconds) {
        spanStart = windowStart + rng.nextLong(windowSeconds);
        spanEnd = Math.min(spanStart + rng.nextLong(maxSeconds + 1), windowLast);
    }

    /** Replies begin with the request or a second later, never after its last packet. */
    private long replyStart() {
        return Math.min(spanStart + rng.nextInt(2), spanEnd);
    }

    private Endpoint endpoint(MonitoredEni eni) {
        if (eni == ownInterface) {
            return ownEnd;
        }
        Endpoint end = recorder.endpoint(eni);
        if (ownInterface == null) {
            ownInterface = eni;
            ownEnd = end;
        }
        return end;
    }

    /** The end of the interface at {@code position} of the topology's ordered list; -1 when not known. */
    private Endpoint endpoint(int position, MonitoredEni eni) {
        return position < 0 || eni == ownInterface ? endpoint(eni) : recorder.endpoint(position, eni);
    }

    private Endpoint external(String address) {
        for (int k = 0; k < knownHosts.length; k++) {
            if (knownHosts[k] == address) {
                return knownHostEnds[k];
            }
            if (knownHosts[k] == null) {
                knownHosts[k] = address;
                knownHostEnds[k] = recorder.external(address);
                return knownHostEnds[k];
            }
        }
        return recorder.external(address);
    }

    /** The tuple from one end's address to the other's, as numbers where they are IPv4. */
    private static FiveTuple tupleOf(Endpoint from, Endpoint to, int srcPort, int dstPort, int protocol) {
        return FiveTuple.ofIpv4(from.knownText(), from.ipv4(), to.knownText(), to.ipv4(), srcPort, dstPort, protocol);
    }

    /**
     * {@code (first + second).hashCode()} without building the concatenation: a string's hash is its characters'
     * polynomial in 31, so the joined hash is the first's shifted by 31 to the power of the second's length plus
     * the second's (the same int arithmetic, overflow included).
     */
    static int concatenatedHash(String first, String second) {
        int hash = first.hashCode();
        for (int i = 0; i < second.length(); i++) {
            hash *= 31;
        }
        return hash + second.hashCode();
    }

    private long between(long lowInclusive, long highInclusive) {
        return rng.nextLong(lowInclusive, highInclusive + 1);
    }
}
