package dev.flowsim.simulator.traffic;

/**
 * The packets of one direction of a connection within the window. Mutable so that a conversation generator can
 * reuse one per leg instead of allocating three per connection; {@link ConnectionRecorder} only reads the values
 * into observations and never keeps a leg.
 */
final class Leg {

    private long packets;
    private long bytes;
    private long start;
    private long end;
    private int tcpFlags;

    Leg() {
    }

    /** @param tcpFlags the reported flags ({@link dev.flowsim.simulator.record.TcpFlags}), 0 for UDP and ICMP */
    Leg(long packets, long bytes, long start, long end, int tcpFlags) {
        set(packets, bytes, start, end, tcpFlags);
    }

    Leg set(long packets, long bytes, long start, long end, int tcpFlags) {
        this.packets = packets;
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.tcpFlags = tcpFlags;
        return this;
    }

    long packets() {
        return packets;
    }

    long bytes() {
        return bytes;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    int tcpFlags() {
        return tcpFlags;
    }
}
