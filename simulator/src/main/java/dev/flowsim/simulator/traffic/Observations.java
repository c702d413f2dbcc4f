package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.record.Ipv4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A window's observations in parallel columns instead of one {@link FlowObservation} (and {@link FlowDetail}) per
 * observation: the record path writes tens of thousands per window, and the objects were a fifth of what it
 * allocated. Reusable: {@link #clear} keeps the arrays. {@link #get} and {@link #toList} build the object view for
 * tests and the list-based API.
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
    private static final FlowDirection[] DIRECTIONS = FlowDirection.values();

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
    /** 0 without detail, else 1 + the {@link FlowDirection} ordinal. */
    private byte[] directions = new byte[0];
    /** 0 when not reported. */
    private byte[] paths = new byte[0];
    private String[] pktSrcAddrs = new String[0];
    private String[] pktDstAddrs = new String[0];
    private String[] pktSrcServices = new String[0];
    private String[] pktDstServices = new String[0];
    private String[] rejectReasons = new String[0];
    /** -1 when not reported. */
    private byte[] encryptionStatuses = new byte[0];
    /** {@link #ipv4}'s memory: the last few address strings seen (by identity) and their numbers. */
    private final String[] recentTexts = new String[4];
    private final long[] recentValues = new long[4];
    private int recentNext;
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
        FlowDetail d = o.detail();
        if (d == null) {
            add(o.interfaceId(), o.accountId(), o.tuple(), o.packets(), o.bytes(), o.start(), o.end(), o.action(),
                    o.tcpFlags(), null, 0, null, null, null, null, null, null, -1);
        } else {
            add(o.interfaceId(), o.accountId(), o.tuple(), o.packets(), o.bytes(), o.start(), o.end(), o.action(),
                    o.tcpFlags(), d.direction(), d.trafficPath() == null ? 0 : d.trafficPath(), d.pktSrcAddr(),
                    d.pktDstAddr(), d.pktSrcAwsService(), d.pktDstAwsService(), d.nextHop(), d.rejectReason(),
                    d.encryptionStatus() == null ? -1 : d.encryptionStatus());
        }
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
        tuples[i] = srcIp >= 0 && dstIp >= 0 ? null : tuple;
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        pktSrcIps[i] = (int) srcIp;
        pktDstIps[i] = (int) dstIp;
        ipv4Masks[i] = (byte) (PKT_ADDRESSES_OF_TUPLE | (srcIp >= 0 ? SRC_IPV4 | PKT_SRC_IPV4 : 0)
                | (dstIp >= 0 ? DST_IPV4 | PKT_DST_IPV4 : 0));
        srcPorts[i] = (char) tuple.srcPort();
        dstPorts[i] = (char) tuple.dstPort();
        protocols[i] = (byte) tuple.protocol();
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        actions[i] = (byte) action.ordinal();
        tcpFlags[i] = leg.tcpFlags();
        directions[i] = (byte) (direction.ordinal() + 1);
        paths[i] = (byte) trafficPath;
        pktSrcAddrs[i] = null;
        pktDstAddrs[i] = null;
        pktSrcServices[i] = pktSrcService;
        pktDstServices[i] = pktDstService;
        rejectReasons[i] = null;
        encryptionStatuses[i] = -1;
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

    private void add(String interfaceId, String accountId, FiveTuple tuple, long packetCount, long byteCount,
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
        tuples[i] = srcIp >= 0 && dstIp >= 0 ? null : tuple;
        long pktSrcIp = pktSrcAddr == null ? -1 : ipv4(pktSrcAddr);
        long pktDstIp = pktDstAddr == null ? -1 : ipv4(pktDstAddr);
        srcIps[i] = (int) srcIp;
        dstIps[i] = (int) dstIp;
        pktSrcIps[i] = (int) pktSrcIp;
        pktDstIps[i] = (int) pktDstIp;
        ipv4Masks[i] = (byte) ((srcIp >= 0 ? SRC_IPV4 : 0) | (dstIp >= 0 ? DST_IPV4 : 0)
                | (pktSrcIp >= 0 ? PKT_SRC_IPV4 : 0) | (pktDstIp >= 0 ? PKT_DST_IPV4 : 0));
        srcPorts[i] = (char) tuple.srcPort();
        dstPorts[i] = (char) tuple.dstPort();
        protocols[i] = (byte) tuple.protocol();
        packets[i] = packetCount;
        bytes[i] = byteCount;
        starts[i] = start;
        ends[i] = end;
        actions[i] = (byte) action.ordinal();
        tcpFlags[i] = flags;
        directions[i] = (byte) (direction == null ? 0 : direction.ordinal() + 1);
        paths[i] = (byte) trafficPath;
        pktSrcAddrs[i] = pktSrcAddr;
        pktDstAddrs[i] = pktDstAddr;
        pktSrcServices[i] = pktSrcService;
        pktDstServices[i] = pktDstService;
        rejectReasons[i] = rejectReason;
        encryptionStatuses[i] = (byte) encryptionStatus;
    }

    /** Registers an interface as a party of the rows until {@link #clear}; see {@link Endpoint#partyIn}. */
    int party(MonitoredEni eni) {
        return parties.of(eni);
    }

    /** How often {@link #clear} has been called: parties registered before another count are gone. */
    int generation() {
        return parties.generation();
    }

    /**
     * {@link Ipv4#parse}, remembering the last few strings by identity: a connection's four to eight observations
     * carry the same two or three address strings, so most are parsed once per connection, not once per use.
     */
    private long ipv4(String address) {
        String[] texts = recentTexts;
        for (int k = 0; k < texts.length; k++) {
            if (texts[k] == address) {
                return recentValues[k];
            }
        }
        long value = Ipv4.parse(address);
        int k = recentNext;
        recentNext = (k + 1) & (texts.length - 1);
        texts[k] = address;
        recentValues[k] = value;
        return value;
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
        directions = Arrays.copyOf(directions, capacity);
        paths = Arrays.copyOf(paths, capacity);
        pktSrcAddrs = Arrays.copyOf(pktSrcAddrs, capacity);
        pktDstAddrs = Arrays.copyOf(pktDstAddrs, capacity);
        pktSrcServices = Arrays.copyOf(pktSrcServices, capacity);
        pktDstServices = Arrays.copyOf(pktDstServices, capacity);
        rejectReasons = Arrays.copyOf(rejectReasons, capacity);
        encryptionStatuses = Arrays.copyOf(encryptionStatuses, capacity);
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
        return directions[i] == 0 ? null : DIRECTIONS[directions[i] - 1];
    }

    /** 0 when not reported. */
    public int trafficPath(int i) {
        return paths[i];
    }

    public String pktSrcAddr(int i) {
        return (ipv4Masks[i] & PKT_ADDRESSES_OF_TUPLE) != 0 ? tuple(i).srcAddr() : pktSrcAddrs[i];
    }

    public String pktDstAddr(int i) {
        return (ipv4Masks[i] & PKT_ADDRESSES_OF_TUPLE) != 0 ? tuple(i).dstAddr() : pktDstAddrs[i];
    }

    public String pktSrcAwsService(int i) {
        return pktSrcServices[i];
    }

    public String pktDstAwsService(int i) {
        return pktDstServices[i];
    }

    public InterfaceMetadata nextHop(int i) {
        return parties.metadata(nextHopParties[i]);
    }

    public String rejectReason(int i) {
        return rejectReasons[i];
    }

    /** -1 when not reported. */
    public int encryptionStatus(int i) {
        return encryptionStatuses[i];
    }

    /** The observation's detail as an object; null when it has none. */
    public FlowDetail detail(int i) {
        FlowDirection direction = direction(i);
        if (direction == null) {
            return null;
        }
        return new FlowDetail(direction, paths[i] == 0 ? null : (int) paths[i], pktSrcAddr(i), pktDstAddr(i),
                pktSrcServices[i], pktDstServices[i], nextHop(i), rejectReasons[i],
                encryptionStatuses[i] < 0 ? null : (int) encryptionStatuses[i]);
    }

    /** Observation {@code i} as an object. */
    public FlowObservation get(int i) {
        return new FlowObservation(interfaceId(i), accountId(i), tuple(i), packets[i], bytes[i], starts[i],
                ends[i], action(i), tcpFlags[i], detail(i));
    }

    public List<FlowObservation> toList() {
        List<FlowObservation> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }
}
