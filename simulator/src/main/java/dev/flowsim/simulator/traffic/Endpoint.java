package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.Ipv4;
import dev.flowsim.simulator.security.Cidr;
import dev.flowsim.simulator.security.Firewall;

/**
 * One end of a connection: an interface of the topology, or a host outside it (an internet address, possibly one of
 * an AWS service's ranges). The address is kept as its IPv4 number where it is a canonical dotted quad (text is then
 * made only when asked for) and parsed once here for the rule checks ({@link #side}), so a connection's filters and
 * columns work on numbers. {@link ConnectionRecorder#endpoint} keeps one per interface per window.
 */
final class Endpoint {

    /** Null until asked for when the address was given as a number. */
    private String address;
    /** {@link Ipv4#parse} of the address: {@link FiveTuple#NOT_IPV4} unless a canonical dotted quad. */
    private final long ipv4;
    private final MonitoredEni eni;
    private final String awsService;
    private final Firewall.Side side;
    /** This interface's party in the rows of the columns whose {@link Observations#generation} this is. */
    private long partyGeneration;
    private int party;
    /** The VPC router's and Amazon DNS server's numbers ({@link NeverLogged#reservedOf}); worked out on first use. */
    private long[] reserved;
    /**
     * Whether the end is kept for many connections (an interface's, or a resolver's or time server's kept by the
     * recorder), rather than made for one: only such ends are worth remembering filter answers for.
     */
    private final boolean lasting;
    /** The filters' answers to this end's connections ({@link #verdictTo}); made on first use. */
    private VerdictMemo verdicts;

    private Endpoint(String address, long ipv4, MonitoredEni eni, String awsService) {
        this(address, ipv4, eni, awsService, eni != null);
    }

    private Endpoint(String address, long ipv4, MonitoredEni eni, String awsService, boolean lasting) {
        this.lasting = lasting;
        this.address = address;
        this.ipv4 = ipv4;
        this.eni = eni;
        this.awsService = awsService;
        long key = ipv4 >= 0 ? ipv4 : Cidr.addressKey(address);
        // With a valid IPv4 key the rules never read the text (Cidr#contains(String, long)): leave it unmade.
        this.side = new Firewall.Side(address, eni == null ? null : eni.security(), key);
    }

    private static Endpoint ofText(String address, MonitoredEni eni, String awsService) {
        if (address == null) {
            throw new NullPointerException("address");
        }
        return new Endpoint(address, Ipv4.parse(address), eni, awsService);
    }

    static Endpoint of(MonitoredEni eni) {
        return ofText(eni.privateIp(), eni, null);
    }

    static Endpoint external(String address) {
        return ofText(address, null, null);
    }

    /** As {@link #external(String)}, for an end kept for many connections ({@link ConnectionRecorder#external}). */
    static Endpoint lastingExternal(String address) {
        if (address == null) {
            throw new NullPointerException("address");
        }
        return new Endpoint(address, Ipv4.parse(address), null, null, true);
    }

    /** A host outside the topology at an IPv4 address given as its number. */
    static Endpoint external(long ipv4) {
        return new Endpoint(null, ipv4, null, null);
    }

    static Endpoint awsService(String address, String service) {
        return ofText(address, null, service);
    }

    /** An AWS service endpoint at an IPv4 address given as its number. */
    static Endpoint awsService(long ipv4, String service) {
        return new Endpoint(null, ipv4, null, service);
    }

    String address() {
        String text = address;
        if (text == null) {
            text = Ipv4.text((int) ipv4);
            address = text;
        }
        return text;
    }

    /** The text if it is at hand (null when only the number is), for {@link FiveTuple#ofIpv4}. */
    String knownText() {
        return address;
    }

    long ipv4() {
        return ipv4;
    }

    MonitoredEni eni() {
        return eni;
    }

    String awsService() {
        return awsService;
    }

    /** This end as the firewall sees it, parsed once. */
    Firewall.Side side() {
        return side;
    }

    /** Whether this end serves many connections, so that {@link #verdictTo} is worth its table. */
    boolean lasting() {
        return lasting;
    }

    /**
     * {@link Firewall#decide} of a connection from this end (the client) to {@code server}, what does not depend on
     * the client's port remembered for the same server end, protocol and port ({@link VerdictMemo}): both ends'
     * filters are immutable, so those answers never change.
     */
    Firewall.Verdict verdictTo(Endpoint server, int protocol, int serverPort, int clientPort) {
        VerdictMemo memo = verdicts;
        if (memo == null) {
            memo = new VerdictMemo();
            verdicts = memo;
        }
        return memo.verdict(this, server, protocol, serverPort, clientPort);
    }

    /** This interface's party in the rows of {@code rows} ({@link Observations#party}), registered once. */
    int partyIn(Observations rows) {
        long generation = rows.generation();
        if (partyGeneration != generation) {
            party = rows.party(eni);
            partyGeneration = generation;
        }
        return party;
    }

    /** Whether this end's address is the tuple's source address, compared as numbers where either is IPv4. */
    boolean isSourceOf(FiveTuple tuple) {
        long src = tuple.srcIpv4();
        if (src >= 0 || ipv4 >= 0) {
            return src == ipv4;
        }
        return tuple.srcAddr().equals(address);
    }

    /** As {@link #isSourceOf}, of the tuple's destination (the source of its reverse). */
    boolean isDestinationOf(FiveTuple tuple) {
        long dst = tuple.dstIpv4();
        if (dst >= 0 || ipv4 >= 0) {
            return dst == ipv4;
        }
        return tuple.dstAddr().equals(address);
    }

    /** The VPC router (base + 1) and Amazon DNS (base + 2) numbers of the interface's VPC; null without a block. */
    long[] reservedAddresses() {
        long[] known = reserved;
        if (known == null && eni != null && eni.vpcCidr() != null) {
            String[] text = NeverLogged.reservedOf(eni.vpcCidr());
            known = new long[] {Ipv4.parse(text[0]), Ipv4.parse(text[1])};
            reserved = known;
        }
        return known;
    }
}
