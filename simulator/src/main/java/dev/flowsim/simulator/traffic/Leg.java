package dev.flowsim.simulator.traffic;

/**
 * The packets of one direction of a connection within the window.
 *
 * @param tcpFlags the reported flags ({@link dev.flowsim.simulator.record.TcpFlags}), 0 for UDP and ICMP
 */
record Leg(long packets, long bytes, long start, long end, int tcpFlags) {
}
