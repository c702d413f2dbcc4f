package dev.flowsim.simulator.record;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a flow as seen from one interface: addresses, ports and IANA protocol number. The two directions
 * of a conversation are two different tuples.
 */
public record FiveTuple(String srcAddr, String dstAddr, int srcPort, int dstPort, int protocol) {

    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;

    /** A stable order so that records of equal start time still come out byte-identical run after run. */
    public static final Comparator<FiveTuple> ORDER = Comparator.comparing(FiveTuple::srcAddr)
            .thenComparing(FiveTuple::dstAddr)
            .thenComparingInt(FiveTuple::srcPort)
            .thenComparingInt(FiveTuple::dstPort)
            .thenComparingInt(FiveTuple::protocol);

    public FiveTuple {
        Objects.requireNonNull(srcAddr, "srcAddr");
        Objects.requireNonNull(dstAddr, "dstAddr");
        requirePort(srcPort, "srcPort");
        requirePort(dstPort, "dstPort");
        if (protocol < 0 || protocol > 255) {
            throw new IllegalArgumentException("protocol must be an IANA number 0-255, got " + protocol);
        }
    }

    /** The same conversation in the other direction. */
    public FiveTuple reversed() {
        return new FiveTuple(dstAddr, srcAddr, dstPort, srcPort, protocol);
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0-65535, got " + port);
        }
    }
}
