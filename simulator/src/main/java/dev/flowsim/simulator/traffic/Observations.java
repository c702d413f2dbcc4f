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

    public static final int SRC_IPV4 = 1;
    public static final int DST_IPV4 = 2;
    public static final int PKT_SRC_IPV4 = 4;
    public static final int PKT_DST_IPV4 = 8;
    /** Both tuple addresses are IPv4: the flow is keyed and ordered on numbers. */
    public static final int TUPLE_IPV4 = SRC_IPV4 | DST_IPV4;
    private static final int PKT_ADDRESSES_OF_TUPLE = RowKinds.PKT_ADDRESSES_OF_TUPLE;

    private int size;
    /** Each row's interface and next hop as a number into {@link #parties} (no reference stored per row). */
    private int[] eniParties = new int[0];
    /** -1 without a next hop. */
    private int[] nextHopParties = new int[0];
    private final Parties parties = new Parties();
    /** The tuple of a row whose addresses are not both IPv4; null otherwise (made from the numbers when asked). */
    private FiveTuple[] tuples = new FiveTuple[0];
    /** Whether any row since the last {@link #clear} keeps its tuple (else {@link #tuples} is all null). */
    private boolean tuplesKept;
    /**
     * The tuple's and packet addresses as numbers, where they are IPv4 ({@link #ipv4Addresses}), and the tuple's
     * ports and protocol: the aggregation table hashes, compares and sorts these, and the renderer writes them,
     * without touching the tuple's strings.
     */
    private int[] srcIps = new int[0];
    private int[] dstIps = new int[0];
    /** Not written for a row whose packet addresses are its tuple's ({@link #PKT_ADDRESSES_OF_TUPLE}). */
    private int[] pktSrcIps = new int[0];
    private int[] pktDstIps = new int[0];
    /**
     * Each row's small fields in one number, written with one store ({@link RowKinds}): which of the four addresses
     * are IPv4 ({@link #SRC_IPV4}, {@link #DST_IPV4}, ...) and whether the packet addresses are the tuple's, the
     * direction, the action, the protocol and the traffic path.
     */
    private int[] kinds = new int[0];
    /** Source port in the high 16 bits, destination port in the low 16 ({@link #ports}). */
    private int[] portPairs = new int[0];
    private long[] packets = new long[0];
    private long[] bytes = new long[0];
    private long[] starts = new long[0];
    private long[] ends = new long[0];
    private int[] tcpFlags = new int[0];
    /** Packet addresses given as text, services, reject reason, encryption status. */
    private final DetailColumns details = new DetailColumns();
    /** Packet addresses given as text, parsed once per connection rather than once per row. */
    private final RecentAddresses recentAddresses = new RecentAddresses();
    /** The recorder that last generated a window into these columns, for the next window to reuse. */
    private ConnectionRecorder recorder;
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
        if (tuplesKept) {
            Arrays.fill(tuples, 0, size, null);
            tuplesKept = false;
        }
        details.clear(size);
        size = 0;
        parties.clear();
    }

    public void add(FlowObservation o) {
        ObservationObjects.addTo(this, o);
    }

    /**
     * A generated observation on {@code eni} whose packet addresses are the tuple's own (what an interface sees of
     * traffic it sends or receives itself); the addresses are taken as the tuple's numbers, not parsed. With
     * {@code backwards} (a reply's leg) the row is {@code tuple} reversed, made only when the row keeps it (an
     * address that is not IPv4), not for every reply.
     */
    void addWithTupleAddresses(Endpoint at, FiveTuple tuple, boolean backwards, Leg leg, Action action,
                               FlowDirection direction, int trafficPath, String pktSrcService, String pktDstService,
                               Endpoint nextHop) {
        if (copies != null) {
            FiveTuple seen = backwards ? tuple.reversed() : tuple;
            add(at.eni(), seen, leg, action, direction, trafficPath, seen.srcAddr(), seen.dstAddr(),
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
        long srcIp = backwards ? tuple.dstIpv4() : tuple.srcIpv4();
        long dstIp = backwards ? tuple.srcIpv4() : tuple.dstIpv4();
        // The generator's path writes its columns inline: it is the hot one. The packet addresses are the tuple's
        // (PKT_ADDRESSES_OF_TUPLE), so their columns are left alone.
        int addressBits = PKT_ADDRESSES_OF_TUPLE | (srcIp >= 0 ? SRC_IPV4 | PKT_SRC_IPV4 : 0)
                | (dstIp >= 0 ? DST_IPV4 | PKT_DST_IPV4 : 0);
        if ((addressBits & TUPLE_IPV4) != TUPLE_IPV4) {
            tuples[i] = backwards ? tuple.reversed() : tuple;
            tuplesKept = true;
        }
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        portPairs[i] = backwards ? tuple.dstPort() << 16 | tuple.srcPort() : tuple.srcPort() << 16 | tuple.dstPort();
        kinds[i] = RowKinds.of(addressBits, direction, action, tuple.protocol(), trafficPath);
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        tcpFlags[i] = leg.tcpFlags();
        details.setServices(i, pktSrcService, pktDstService);
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
        int addressBits = (srcIp >= 0 ? SRC_IPV4 : 0) | (dstIp >= 0 ? DST_IPV4 : 0)
                | (pktSrcIp >= 0 ? PKT_SRC_IPV4 : 0) | (pktDstIp >= 0 ? PKT_DST_IPV4 : 0);
        if ((addressBits & TUPLE_IPV4) != TUPLE_IPV4) {
            tuples[i] = tuple;
            tuplesKept = true;
        }
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        portPairs[i] = tuple.srcPort() << 16 | tuple.dstPort();
        kinds[i] = RowKinds.of(addressBits, direction, action, tuple.protocol(), trafficPath);
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        tcpFlags[i] = flags;
        details.set(i, pktSrcAddr, pktDstAddr, pktSrcService, pktDstService, rejectReason, encryptionStatus);
    }

    /** The recorder {@link TrafficModel#observeInto} last wrote these columns with; null before the first. */
    ConnectionRecorder recorder() {
        return recorder;
    }

    void recorder(ConnectionRecorder recorder) {
        this.recorder = recorder;
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
        kinds = Arrays.copyOf(kinds, capacity);
        portPairs = Arrays.copyOf(portPairs, capacity);
        packets = Arrays.copyOf(packets, capacity);
        bytes = Arrays.copyOf(bytes, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
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
            tuple = FiveTuple.ofIpv4(null, srcIps[i] & 0xFFFF_FFFFL, null, dstIps[i] & 0xFFFF_FFFFL, srcPort(i),
                    dstPort(i), protocol(i));
        }
        return tuple;
    }

    /** Which of the row's addresses are IPv4 numbers ({@link #SRC_IPV4}, ...); the others are text only. */
    public int ipv4Addresses(int i) {
        return kinds[i] & RowKinds.ADDRESS_BITS;
    }

    /** Valid when {@link #ipv4Addresses} has {@link #SRC_IPV4}. */
    public int srcIpv4(int i) {
        return srcIps[i];
    }

    public int dstIpv4(int i) {
        return dstIps[i];
    }

    public int pktSrcIpv4(int i) {
        return RowKinds.packetAddressesOfTuple(kinds[i]) ? srcIps[i] : pktSrcIps[i];
    }

    public int pktDstIpv4(int i) {
        return RowKinds.packetAddressesOfTuple(kinds[i]) ? dstIps[i] : pktDstIps[i];
    }

    public int srcPort(int i) {
        return portPairs[i] >>> 16;
    }

    public int dstPort(int i) {
        return portPairs[i] & 0xFFFF;
    }

    /** {@link #srcPort} in the high 16 bits and {@link #dstPort} in the low 16, as stored. */
    public int ports(int i) {
        return portPairs[i];
    }

    public int protocol(int i) {
        return RowKinds.protocol(kinds[i]);
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
        return RowKinds.action(kinds[i]);
    }

    public int actionOrdinal(int i) {
        return RowKinds.actionOrdinal(kinds[i]);
    }

    public int tcpFlags(int i) {
        return tcpFlags[i];
    }

    /** Null when the observation carries no detail. */
    public FlowDirection direction(int i) {
        return RowKinds.direction(kinds[i]);
    }

    /** 0 when not reported. */
    public int trafficPath(int i) {
        return RowKinds.trafficPath(kinds[i]);
    }

    public String pktSrcAddr(int i) {
        return RowKinds.packetAddressesOfTuple(kinds[i]) ? tuple(i).srcAddr() : details.pktSrcAddr(i);
    }

    public String pktDstAddr(int i) {
        return RowKinds.packetAddressesOfTuple(kinds[i]) ? tuple(i).dstAddr() : details.pktDstAddr(i);
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
