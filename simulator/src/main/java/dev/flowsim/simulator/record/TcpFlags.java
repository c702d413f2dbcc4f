package dev.flowsim.simulator.record;

/**
 * The {@code tcp-flags} value of a record (reference 1.7). Only FIN (1), SYN (2) and RST (4) are reported, plus SYN-ACK
 * as 18 (SYN 2 + ACK 16); ACK or PSH alone count as nothing. The mapping applies per packet, and a record ORs the
 * values of all its packets: a short client connection (SYN, ACK..., FIN-ACK) shows 3, its server side (SYN-ACK,
 * ACK..., FIN-ACK) 19.
 */
public final class TcpFlags {

    /** Raw TCP header bits. */
    public static final int FIN = 1;
    public static final int SYN = 2;
    public static final int RST = 4;
    public static final int PSH = 8;
    public static final int ACK = 16;
    public static final int URG = 32;
    /** What a SYN-ACK packet reports. */
    public static final int SYN_ACK = SYN | ACK;
    /** A record whose flag combination could not be computed; rendered as {@code -}. */
    public static final int NOT_COMPUTED = -1;

    private TcpFlags() {
    }

    /** The reported value of one packet with these raw header bits. */
    public static int ofPacket(int rawBits) {
        int reported = rawBits & (FIN | SYN | RST);
        if ((rawBits & SYN) != 0 && (rawBits & ACK) != 0) {
            reported |= ACK;
        }
        return reported;
    }

    /** The reported value of a sequence of packets: each packet mapped, then OR-ed. */
    public static int ofPackets(int... rawBitsPerPacket) {
        int value = 0;
        for (int raw : rawBitsPerPacket) {
            value |= ofPacket(raw);
        }
        return value;
    }

    /** Two partial values of the same record combined; a value that could not be computed stays so. */
    public static int combine(int a, int b) {
        if (a == NOT_COMPUTED || b == NOT_COMPUTED) {
            return NOT_COMPUTED;
        }
        return a | b;
    }
}
