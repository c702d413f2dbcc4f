package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.InterfaceMetadata;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A window's observations in parallel columns instead of one {@link FlowObservation} (and {@link FlowDetail}) per
 * observation: the record path writes tens of thousands per window, and the objects were a fifth of what it
 * allocated. Reusable: {@link #clear} keeps the arrays. {@link #get} and {@link #toList} build the object view for
 * tests and the list-based API ({@link ObservationObjects}); packet addresses given as text are parsed through
 * {@link RecentAddresses}.
 *
 * <p>Per-flow detail is stored column by column; direction {@code 0} means "no detail" (the record shows
 * {@code -} for the detail fields and the tuple's addresses as packet addresses).
 */
public final class Observations {

    private static final Action[] ACTIONS = Action.values();
    public static final int SRC_IPV4 = 1;
    public static final int DST_IPV4 = 2;
    public static final int PKT_SRC_IPV4 = 4;
    public static final int PKT_DST_IPV4 = 8;
    /** Both tuple addresses are IPv4: the flow is keyed and ordered on numbers. */
    public static final int TUPLE_IPV4 = SRC_IPV4 | DST_IPV4;
    private static final int ADDRESS_BITS = SRC_IPV4 | DST_IPV4 | PKT_SRC_IPV4 | PKT_DST_IPV4;
    /**
     * Kept with the address bits: the packet addresses are the tuple's own, whose text is made from the tuple only
     * when {@link #pktSrcAddr}/{@link #pktDstAddr} ask for it (the generator's tuples carry numbers, not text).
     */
    private static final int PKT_ADDRESSES_OF_TUPLE = 16;

    private int size;
    /** Each row's interface and next hop as a number into {@link #parties} (no reference stored per row). */
    private int[] eniParties = new int[0];
    /** -1 without a next hop. */
    private int[] nextHopParties = new int[0];
    private final Parties parties = new Parties();
    /** The tuple of a row whose addresses are not both IPv4; null otherwise (made from the numbers when asked). */
    private FiveTuple[] tuples = new FiveTuple[0];
    /**
     * The tuple's and packet addresses as numbers, where they are IPv4 ({@link #ipv4Addresses}), and the tuple's
     * ports and protocol: the aggregation table hashes, compares and sorts these, and the renderer writes them,
     * without touching the tuple's strings.
     */
    private int[] srcIps = new int[0];
    private int[] dstIps = new int[0];
    private int[] pktSrcIps = new int[0];
    private int[] pktDstIps = new int[0];
    /** Which of the four addresses are IPv4: {@link #SRC_IPV4}, {@link #DST_IPV4}, ... */
    private byte[] ipv4Masks = new byte[0];
    private char[] srcPorts = new char[0];
    private char[] dstPorts = new char[0];
    private byte[] protocols = new byte[0];
    private long[] packets = new long[0];
    private long[] bytes = new long[0];
    private long[] starts = new long[0];
    private long[] ends = new long[0];
    private byte[] actions = new byte[0];
    private int[] tcpFlags = new int[0];
    /** Direction, path, packet addresses given as text, services, reject reason, encryption status. */
    private final DetailColumns details = new DetailColumns();
    /** Packet addresses given as text, parsed once per connection rather than once per row. */
    private final RecentAddresses recentAddresses = new RecentAddresses();
    /** When set, every observation is also appended here as an object (tests that inspect a recorder's output). */
    private final List<FlowObservation> copies;

    public Observations() {
        this(null);
    }

    private Observations(List<FlowObservation> copies) {
        this.copies = copies;
    }

    /** Columns that also append each observation to {@code list} as an object. */
    static Observations copyingInto(List<FlowObservation> list) {
        return new Observations(Objects.requireNonNull(list, "list"));
    }

    /** The columns of a list of observations, in its order. */
    public static Observations of(List<FlowObservation> observations) {
        Observations out = new Observations();
        observations.forEach(out::add);
        return out;
    }

    public int size() {
        return size;
    }

    public void clear() {
        Arrays.fill(tuples, 0, size, null);
        size = 0;
        parties.clear();
    }

    public void add(FlowObservation o) {
        ObservationObjects.addTo(this, o);
    }

    /**
     * A generated observation on {@code eni} whose packet addresses are the tuple's own (what an interface sees of
     * traffic it sends or receives itself); the addresses are taken as the tuple's numbers, not parsed.
     */
    void addWithTupleAddresses(Endpoint at, FiveTuple tuple, Leg leg, Action action, FlowDirection direction,
                               int trafficPath, String pktSrcService, String pktDstService, Endpoint nextHop) {
        if (copies != null) {
            add(at.eni(), tuple, leg, action, direction, trafficPath, tuple.srcAddr(), tuple.dstAddr(),
                    pktSrcService, pktDstService, nextHop == null ? null : nextHop.eni().metadata());
            return;
        }
        long packetCount = leg.packets();
        long byteCount = leg.bytes();
        long start = leg.start();
        long end = leg.end();
        if (packetCount < 1 || byteCount < packetCount || end < start) {
            throw invalid(packetCount, byteCount, start, end);
        }
        if (size == eniParties.length) {
            grow();
        }
        int i = size++;
        eniParties[i] = at.partyIn(this);
        nextHopParties[i] = nextHop == null ? -1 : nextHop.partyIn(this);
        long srcIp = tuple.srcIpv4();
        long dstIp = tuple.dstIpv4();
        pktSrcIps[i] = (int) srcIp;
        pktDstIps[i] = (int) dstIp;
        ipv4Masks[i] = (byte) (PKT_ADDRESSES_OF_TUPLE | (srcIp >= 0 ? SRC_IPV4 | PKT_SRC_IPV4 : 0)
                | (dstIp >= 0 ? DST_IPV4 | PKT_DST_IPV4 : 0));
        // The generator's path writes its columns inline rather than through writeFlow: it is the hot one.
        tuples[i] = srcIp >= 0 && dstIp >= 0 ? null : tuple;
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        srcPorts[i] = (char) tuple.srcPort();
        dstPorts[i] = (char) tuple.dstPort();
        protocols[i] = (byte) tuple.protocol();
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        actions[i] = (byte) action.ordinal();
        tcpFlags[i] = leg.tcpFlags();
        details.set(i, direction, trafficPath, null, null, pktSrcService, pktDstService, null, -1);
    }

    private static IllegalArgumentException invalid(long packetCount, long byteCount, long start, long end) {
        return new IllegalArgumentException("an observation has at least one packet of at least one byte and ends"
                + " no earlier than it starts, got " + packetCount + " packets, " + byteCount + " bytes, "
                + start + ".." + end);
    }

    /** A generated observation on {@code eni}, with direction, path and packet-level fields. */
    void add(MonitoredEni eni, FiveTuple tuple, Leg leg, Action action, FlowDirection direction, int trafficPath,
             String pktSrcAddr, String pktDstAddr, String pktSrcService, String pktDstService,
             InterfaceMetadata nextHop) {
        add(eni.interfaceId(), eni.accountId(), tuple, leg.packets(), leg.bytes(), leg.start(), leg.end(), action,
                leg.tcpFlags(), direction, trafficPath, pktSrcAddr, pktDstAddr, pktSrcService, pktDstService, nextHop,
                null, -1);
    }

    /** Every column of one row; {@link ObservationObjects} adds objects through it. */
    void add(String interfaceId, String accountId, FiveTuple tuple, long packetCount, long byteCount,
                     long start, long end, Action action, int flags, FlowDirection direction, int trafficPath,
                     String pktSrcAddr, String pktDstAddr, String pktSrcService, String pktDstService,
                     InterfaceMetadata nextHop, String rejectReason, int encryptionStatus) {
        if (copies != null) {
            FlowObservation copy = new FlowObservation(interfaceId, accountId, tuple, packetCount, byteCount, start,
                    end, action, flags, direction == null ? null : new FlowDetail(direction,
                    trafficPath == 0 ? null : trafficPath, pktSrcAddr, pktDstAddr, pktSrcService, pktDstService,
                    nextHop, rejectReason, encryptionStatus < 0 ? null : encryptionStatus));
            copies.add(copy);
        } else if (packetCount < 1 || byteCount < packetCount || end < start) {
            throw invalid(packetCount, byteCount, start, end);
        }
        if (size == eniParties.length) {
            grow();
        }
        int i = size++;
        eniParties[i] = parties.ofIds(interfaceId, accountId);
        nextHopParties[i] = parties.ofHop(nextHop);
        long srcIp = tuple.srcIpv4();
        long dstIp = tuple.dstIpv4();
        long pktSrcIp = pktSrcAddr == null ? -1 : recentAddresses.ipv4(pktSrcAddr);
        long pktDstIp = pktDstAddr == null ? -1 : recentAddresses.ipv4(pktDstAddr);
        pktSrcIps[i] = (int) pktSrcIp;
        pktDstIps[i] = (int) pktDstIp;
        ipv4Masks[i] = (byte) ((srcIp >= 0 ? SRC_IPV4 : 0) | (dstIp >= 0 ? DST_IPV4 : 0)
                | (pktSrcIp >= 0 ? PKT_SRC_IPV4 : 0) | (pktDstIp >= 0 ? PKT_DST_IPV4 : 0));
        writeFlow(i, tuple, srcIp, dstIp, packetCount, byteCount, start, end, action, flags);
        details.set(i, direction, trafficPath, pktSrcAddr, pktDstAddr, pktSrcService, pktDstService, rejectReason,
                encryptionStatus);
    }

    /** Row {@code i}'s tuple and counters, as {@link #addWithTupleAddresses} writes them inline. */
    private void writeFlow(int i, FiveTuple tuple, long srcIp, long dstIp, long packetCount, long byteCount,
                           long start, long end, Action action, int flags) {
        tuples[i] = srcIp >= 0 && dstIp >= 0 ? null : tuple;
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        srcPorts[i] = (char) tuple.srcPort();
        dstPorts[i] = (char) tuple.dstPort();
        protocols[i] = (byte) tuple.protocol();
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        actions[i] = (byte) action.ordinal();
        tcpFlags[i] = flags;
    }

    /** Registers an interface as a party of the rows until {@link #clear}; see {@link Endpoint#partyIn}. */
    int party(MonitoredEni eni) {
        return parties.of(eni);
    }

    /** How often {@link #clear} has been called: parties registered before another count are gone. */
    int generation() {
        return parties.generation();
    }

    private void grow() {
        int capacity = Math.max(1024, eniParties.length * 2);
        eniParties = Arrays.copyOf(eniParties, capacity);
        nextHopParties = Arrays.copyOf(nextHopParties, capacity);
        tuples = Arrays.copyOf(tuples, capacity);
        srcIps = Arrays.copyOf(srcIps, capacity);
        dstIps = Arrays.copyOf(dstIps, capacity);
        pktSrcIps = Arrays.copyOf(pktSrcIps, capacity);
        pktDstIps = Arrays.copyOf(pktDstIps, capacity);
        ipv4Masks = Arrays.copyOf(ipv4Masks, capacity);
        srcPorts = Arrays.copyOf(srcPorts, capacity);
        dstPorts = Arrays.copyOf(dstPorts, capacity);
        protocols = Arrays.copyOf(protocols, capacity);
        packets = Arrays.copyOf(packets, capacity);
        bytes = Arrays.copyOf(bytes, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        actions = Arrays.copyOf(actions, capacity);
        tcpFlags = Arrays.copyOf(tcpFlags, capacity);
        details.grow(capacity);
    }

    /**
     * The number under which row {@code i}'s interface is registered in these columns, below {@link #partyCount}:
     * rows of one interface usually share one (a generator registers each interface once per window), so a reader
     * can map numbers to interfaces once instead of comparing ids per row. Valid until {@link #clear}.
     */
    public int interfaceParty(int i) {
        return eniParties[i];
    }

    /** How many parties (interfaces and next hops) the rows name so far; see {@link #interfaceParty}. */
    public int partyCount() {
        return parties.count();
    }

    public String interfaceId(int i) {
        return parties.interfaceId(eniParties[i]);
    }

    public String accountId(int i) {
        return parties.accountId(eniParties[i]);
    }

    public FiveTuple tuple(int i) {
        FiveTuple tuple = tuples[i];
        if (tuple == null) {
            tuple = FiveTuple.ofIpv4(null, srcIps[i] & 0xFFFF_FFFFL, null, dstIps[i] & 0xFFFF_FFFFL, srcPorts[i],
                    dstPorts[i], protocols[i] & 0xFF);
        }
        return tuple;
    }

    /** Which of the row's addresses are IPv4 numbers ({@link #SRC_IPV4}, ...); the others are text only. */
    public int ipv4Addresses(int i) {
        return ipv4Masks[i] & ADDRESS_BITS;
    }

    /** Valid when {@link #ipv4Addresses} has {@link #SRC_IPV4}. */
    public int srcIpv4(int i) {
        return srcIps[i];
    }

    public int dstIpv4(int i) {
        return dstIps[i];
    }

    public int pktSrcIpv4(int i) {
        return pktSrcIps[i];
    }

    public int pktDstIpv4(int i) {
        return pktDstIps[i];
    }

    public int srcPort(int i) {
        return srcPorts[i];
    }

    public int dstPort(int i) {
        return dstPorts[i];
    }

    public int protocol(int i) {
        return protocols[i] & 0xFF;
    }

    public long packets(int i) {
        return packets[i];
    }

    public long bytes(int i) {
        return bytes[i];
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    public Action action(int i) {
        return ACTIONS[actions[i]];
    }

    public int actionOrdinal(int i) {
        return actions[i];
    }

    public int tcpFlags(int i) {
        return tcpFlags[i];
    }

    /** Null when the observation carries no detail. */
    public FlowDirection direction(int i) {
        return details.direction(i);
    }

    /** 0 when not reported. */
    public int trafficPath(int i) {
        return details.trafficPath(i);
    }

    public String pktSrcAddr(int i) {
        return (ipv4Masks[i] & PKT_ADDRESSES_OF_TUPLE) != 0 ? tuple(i).srcAddr() : details.pktSrcAddr(i);
    }

    public String pktDstAddr(int i) {
        return (ipv4Masks[i] & PKT_ADDRESSES_OF_TUPLE) != 0 ? tuple(i).dstAddr() : details.pktDstAddr(i);
    }

    public String pktSrcAwsService(int i) {
        return details.pktSrcAwsService(i);
    }

    public String pktDstAwsService(int i) {
        return details.pktDstAwsService(i);
    }

    public InterfaceMetadata nextHop(int i) {
        return parties.metadata(nextHopParties[i]);
    }

    public String rejectReason(int i) {
        return details.rejectReason(i);
    }

    /** -1 when not reported. */
    public int encryptionStatus(int i) {
        return details.encryptionStatus(i);
    }

    /** The observation's detail as an object; null when it has none. */
    public FlowDetail detail(int i) {
        return ObservationObjects.detail(this, i);
    }

    /** Observation {@code i} as an object. */
    public FlowObservation get(int i) {
        return ObservationObjects.get(this, i);
    }

    public List<FlowObservation> toList() {
        return ObservationObjects.toList(this);
    }
}
