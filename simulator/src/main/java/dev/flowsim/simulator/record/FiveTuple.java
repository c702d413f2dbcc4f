package dev.flowsim.simulator.record;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a flow as seen from one interface: addresses, ports and IANA protocol number. The two directions
 * of a conversation are two different tuples.
 *
 * <p>A value class with the accessors, equality, hash code and text of the record it used to be. The traffic
 * generator builds tuples from IPv4 numbers ({@link #ofIpv4}): each address is then kept as its number and written
 * as dotted-quad text only when someone asks for it, so the record path (which hashes, compares and writes the
 * numbers) never formats or parses the address of a flow. Tuples built from text parse each address once, when
 * built.
 */
public final class FiveTuple {

    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;

    /** {@link #srcIpv4} and {@link #dstIpv4} of text that is not a canonical dotted quad. */
    public static final long NOT_IPV4 = -1;

    /** A stable order so that records of equal start time still come out byte-identical run after run. */
    public static final Comparator<FiveTuple> ORDER = Comparator.comparing(FiveTuple::srcAddr)
            .thenComparing(FiveTuple::dstAddr)
            .thenComparingInt(FiveTuple::srcPort)
            .thenComparingInt(FiveTuple::dstPort)
            .thenComparingInt(FiveTuple::protocol);

    /**
     * The addresses' text, null until first asked for when the tuple was built from numbers. Written at most once
     * per field with the same value whichever thread does it; a {@code String} is safe to publish without a lock.
     */
    private String srcAddr;
    private String dstAddr;
    /** The addresses as unsigned 32-bit numbers ({@link Ipv4#parse}), or {@link #NOT_IPV4}. */
    private final long srcIp;
    private final long dstIp;
    private final int srcPort;
    private final int dstPort;
    private final int protocol;

    public FiveTuple(String srcAddr, String dstAddr, int srcPort, int dstPort, int protocol) {
        this(srcAddr, Ipv4.parse(Objects.requireNonNull(srcAddr, "srcAddr")), dstAddr,
                Ipv4.parse(Objects.requireNonNull(dstAddr, "dstAddr")), srcPort, dstPort, protocol);
    }

    private FiveTuple(String srcAddr, long srcIp, String dstAddr, long dstIp, int srcPort, int dstPort,
                      int protocol) {
        requirePort(srcPort, "srcPort");
        requirePort(dstPort, "dstPort");
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol must be an IANA number 0-255, got " + protocol);
        }
        this.srcAddr = srcAddr;
        this.srcIp = srcIp;
        this.dstAddr = dstAddr;
        this.dstIp = dstIp;
        this.srcPort = srcPort;
        this.dstPort = dstPort;
        this.protocol = protocol;
    }

    /**
     * A tuple of two addresses each given as its canonical text, its IPv4 number, or both: an address with a
     * number ({@code >= 0}, at most {@code 0xFFFFFFFF}) may have null text, which is then derived from the number;
     * an address with {@link #NOT_IPV4} must have text, which is then not a canonical dotted quad. Text and number
     * given together must agree ({@code Ipv4.parse(text) == number}); the caller vouches for that.
     */
    public static FiveTuple ofIpv4(String srcAddr, long srcIp, String dstAddr, long dstIp, int srcPort, int dstPort,
                                   int protocol) {
        return new FiveTuple(srcAddr, checked(srcAddr, srcIp), dstAddr, checked(dstAddr, dstIp), srcPort, dstPort,
                protocol);
    }

    private static long checked(String text, long ip) {
        if (ip > 0xFFFF_FFFFL || ip < NOT_IPV4 || (ip == NOT_IPV4 && text == null)) {
            throw new IllegalArgumentException("an address needs an IPv4 number or its text, got " + ip);
        }
        return ip;
    }

    public String srcAddr() {
        String text = srcAddr;
        if (text == null) {
            text = Ipv4.text((int) srcIp);
            srcAddr = text;
        }
        return text;
    }

    public String dstAddr() {
        String text = dstAddr;
        if (text == null) {
            text = Ipv4.text((int) dstIp);
            dstAddr = text;
        }
        return text;
    }

    /** The source address as an unsigned 32-bit number; {@link #NOT_IPV4} when it is no canonical dotted quad. */
    public long srcIpv4() {
        return srcIp;
    }

    /** As {@link #srcIpv4}, of the destination. */
    public long dstIpv4() {
        return dstIp;
    }

    public int srcPort() {
        return srcPort;
    }

    public int dstPort() {
        return dstPort;
    }

    public int protocol() {
        return protocol;
    }

    /** The same conversation in the other direction. */
    public FiveTuple reversed() {
        return new FiveTuple(dstAddr, dstIp, srcAddr, srcIp, dstPort, srcPort, protocol);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FiveTuple that)) {
            return false;
        }
        return srcPort == that.srcPort && dstPort == that.dstPort && protocol == that.protocol
                && sameAddress(srcAddr, srcIp, that.srcAddr, that.srcIp)
                && sameAddress(dstAddr, dstIp, that.dstAddr, that.dstIp);
    }

    /**
     * Canonical text and IPv4 numbers map one to one, so two addresses of which one is a number are equal exactly
     * when both are the same number; otherwise both are text that is no canonical dotted quad, compared as text.
     */
    private static boolean sameAddress(String text, long ip, String otherText, long otherIp) {
        if (ip >= 0 || otherIp >= 0) {
            return ip == otherIp;
        }
        return text.equals(otherText);
    }

    /** The hash the record had: each component's hash folded in with 31, in component order. */
    @Override
    public int hashCode() {
        int hash = srcAddr().hashCode();
        hash = hash * 31 + dstAddr().hashCode();
        hash = hash * 31 + srcPort;
        hash = hash * 31 + dstPort;
        return hash * 31 + protocol;
    }

    @Override
    public String toString() {
        return "FiveTuple[srcAddr=" + srcAddr() + ", dstAddr=" + dstAddr() + ", srcPort=" + srcPort + ", dstPort="
                + dstPort + ", protocol=" + protocol + "]";
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0-65535, got " + port);
        }
    }
}
