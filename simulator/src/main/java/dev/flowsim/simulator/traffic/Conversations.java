package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Builds the observations of one conversation of each kind. Both directions are recorded separately, and a
 * conversation between two monitored interfaces is recorded on both of them. All times stay inside the window.
 */
final class Conversations {

    private static final int HTTPS = 443;
    private static final int HTTP = 80;
    private static final int DNS = 53;
    private static final int NTP = 123;
    private static final int SSH = 22;
    /** An NTP packet on the wire: 48 bytes of NTP, 8 of UDP, 20 of IPv4. */
    private static final int NTP_PACKET_BYTES = 76;

    private final RandomGenerator rng;
    private final CaptureWindow window;
    private final List<FlowObservation> out;

    Conversations(RandomGenerator rng, CaptureWindow window, List<FlowObservation> out) {
        this.rng = rng;
        this.window = window;
        this.out = out;
    }

    /** An internet client fetching from the interface over HTTPS (mostly) or HTTP, and the server's replies. */
    void inboundWeb(MonitoredEni server) {
        String client = InternetAddresses.publicIpv4(rng);
        int port = rng.nextDouble() < 0.8 ? HTTPS : HTTP;
        FiveTuple request = new FiveTuple(client, server.privateIp(), InternetAddresses.clientPort(rng), port,
                FiveTuple.TCP);
        boolean keepAlive = rng.nextDouble() < 0.1;
        long[] span = span(keepAlive ? window.intervalSeconds() : 5);
        long requestPackets = between(3, keepAlive ? 120 : 25);
        long replyPackets = between(Math.max(2, requestPackets - 2), requestPackets * 3);
        out.add(FlowObservation.on(server, request, requestPackets, requestPackets * between(52, 420),
                span[0], span[1], Action.ACCEPT));
        out.add(FlowObservation.on(server, request.reversed(), replyPackets, replyPackets * between(120, 1400),
                replyStart(span), span[1], Action.ACCEPT));
    }

    /** A connection from one monitored interface to a service port of another, seen on both interfaces. */
    void eastWest(MonitoredEni client, MonitoredEni server, int servicePort) {
        FiveTuple request = new FiveTuple(client.privateIp(), server.privateIp(),
                InternetAddresses.linuxEphemeralPort(rng), servicePort, FiveTuple.TCP);
        long[] span = span(rng.nextDouble() < 0.2 ? window.intervalSeconds() : 10);
        long requestPackets = between(2, 60);
        long requestBytes = requestPackets * between(60, 900);
        long replyPackets = between(2, 80);
        long replyBytes = replyPackets * between(80, 1448);
        long replyStart = replyStart(span);
        out.add(FlowObservation.on(client, request, requestPackets, requestBytes, span[0], span[1], Action.ACCEPT));
        out.add(FlowObservation.on(client, request.reversed(), replyPackets, replyBytes, replyStart, span[1],
                Action.ACCEPT));
        out.add(FlowObservation.on(server, request, requestPackets, requestBytes, span[0], span[1], Action.ACCEPT));
        out.add(FlowObservation.on(server, request.reversed(), replyPackets, replyBytes, replyStart, span[1],
                Action.ACCEPT));
    }

    /** A UDP query to the resolver the interface is configured with, and its answer. */
    void dnsQuery(MonitoredEni eni, String resolver) {
        FiveTuple query = new FiveTuple(eni.privateIp(), resolver, InternetAddresses.linuxEphemeralPort(rng), DNS,
                FiveTuple.UDP);
        long[] span = span(1);
        long queryPackets = rng.nextDouble() < 0.9 ? 1 : 2;
        long answerPackets = queryPackets;
        out.add(FlowObservation.on(eni, query, queryPackets, queryPackets * between(56, 90), span[0], span[1],
                Action.ACCEPT));
        out.add(FlowObservation.on(eni, query.reversed(), answerPackets, answerPackets * between(72, 300),
                replyStart(span), span[1], Action.ACCEPT));
    }

    /** One NTP exchange; with a fixed source port, repeated syncs in a window share a tuple and aggregate. */
    void ntpSync(MonitoredEni eni, String server, boolean fixedSourcePort) {
        int sourcePort = fixedSourcePort ? NTP : InternetAddresses.linuxEphemeralPort(rng);
        FiveTuple request = new FiveTuple(eni.privateIp(), server, sourcePort, NTP, FiveTuple.UDP);
        long[] span = span(1);
        out.add(FlowObservation.on(eni, request, 1, NTP_PACKET_BYTES, span[0], span[1], Action.ACCEPT));
        out.add(FlowObservation.on(eni, request.reversed(), 1, NTP_PACKET_BYTES, replyStart(span), span[1],
                Action.ACCEPT));
    }

    /**
     * A scanner's SYNs to port 22, refused by the security group. The packet never reaches the instance, so there
     * is no reply record.
     */
    void sshProbe(MonitoredEni target) {
        FiveTuple probe = new FiveTuple(InternetAddresses.publicIpv4(rng), target.privateIp(),
                InternetAddresses.clientPort(rng), SSH, FiveTuple.TCP);
        long[] span = span(3);
        long packets = between(1, 3);
        long bytesPerSyn = rng.nextBoolean() ? 60 : 44;
        out.add(FlowObservation.on(target, probe, packets, packets * bytesPerSyn, span[0], span[1], Action.REJECT));
    }

    /** First and last second of a flow lasting up to {@code maxSeconds}, clipped to the window. */
    private long[] span(long maxSeconds) {
        long start = window.startEpochSecond() + rng.nextLong(window.intervalSeconds());
        long end = Math.min(start + rng.nextLong(maxSeconds + 1), window.lastEpochSecond());
        return new long[] {start, end};
    }

    /** Replies begin with the request or a second later, never after its last packet. */
    private long replyStart(long[] requestSpan) {
        return Math.min(requestSpan[0] + rng.nextInt(2), requestSpan[1]);
    }

    private long between(long lowInclusive, long highInclusive) {
        return rng.nextLong(lowInclusive, highInclusive + 1);
    }
}
