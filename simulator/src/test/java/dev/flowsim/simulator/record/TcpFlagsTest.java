package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tcp-flags rules of the reference (1.7). */
class TcpFlagsTest {

    @Test
    void onlyFinSynRstAndSynAckAreReported() {
        assertEquals(1, TcpFlags.ofPacket(TcpFlags.FIN));
        assertEquals(2, TcpFlags.ofPacket(TcpFlags.SYN));
        assertEquals(4, TcpFlags.ofPacket(TcpFlags.RST));
        assertEquals(18, TcpFlags.ofPacket(TcpFlags.SYN | TcpFlags.ACK));
        assertEquals(0, TcpFlags.ofPacket(TcpFlags.ACK), "ACK alone is not reported");
        assertEquals(0, TcpFlags.ofPacket(TcpFlags.PSH | TcpFlags.ACK), "PSH alone is not reported");
        assertEquals(2, TcpFlags.ofPacket(TcpFlags.SYN | 64), "SYN+ECE counts as SYN");
        assertEquals(1, TcpFlags.ofPacket(TcpFlags.FIN | TcpFlags.ACK), "the ACK of a FIN-ACK does not count");
    }

    @Test
    void aShortConnectionShows3OnTheClientAnd19OnTheServer() {
        assertEquals(3, TcpFlags.ofPackets(TcpFlags.SYN, TcpFlags.ACK, TcpFlags.PSH | TcpFlags.ACK,
                TcpFlags.FIN | TcpFlags.ACK, TcpFlags.ACK));
        assertEquals(19, TcpFlags.ofPackets(TcpFlags.SYN | TcpFlags.ACK, TcpFlags.ACK, TcpFlags.FIN | TcpFlags.ACK));
    }

    @Test
    void acrossWindowsTheOpeningShows2And18AndTheClosing1() {
        assertEquals(2, TcpFlags.ofPackets(TcpFlags.SYN, TcpFlags.ACK));
        assertEquals(18, TcpFlags.ofPackets(TcpFlags.SYN | TcpFlags.ACK, TcpFlags.ACK));
        assertEquals(0, TcpFlags.ofPackets(TcpFlags.ACK, TcpFlags.PSH | TcpFlags.ACK));
        assertEquals(1, TcpFlags.ofPackets(TcpFlags.ACK, TcpFlags.FIN | TcpFlags.ACK));
    }

    @Test
    void combiningOrsAndKeepsNotComputed() {
        assertEquals(19, TcpFlags.combine(18, 1));
        assertEquals(TcpFlags.NOT_COMPUTED, TcpFlags.combine(TcpFlags.NOT_COMPUTED, 2));
    }
}
