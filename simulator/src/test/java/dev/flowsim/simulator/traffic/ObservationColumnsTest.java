package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowDetail;
import dev.flowsim.simulator.record.FlowDirection;
import dev.flowsim.simulator.record.InterfaceMetadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The columns give back every field of every row as it was added, whichever way it came in (objects, or the
 * generator's packed path), across clears that reuse the arrays: packed fields do not bleed into each other, and
 * detail a cleared row had is gone from the row written over it.
 */
class ObservationColumnsTest {

    private static final String[] ADDRESSES = {"10.0.1.9", "203.0.113.7", "2001:db8::1", "8.8.8.8", "010.1.1.1"};

    @Test
    void rowsComeBackAsTheyWereAddedAcrossClears() {
        SplittableRandom rng = new SplittableRandom(21);
        Observations columns = new Observations();
        for (int round = 0; round < 4; round++) {
            List<FlowObservation> added = new ArrayList<>();
            int rows = rng.nextInt(500, 3_000);
            for (int i = 0; i < rows; i++) {
                FlowObservation o = randomObservation(rng, round, i);
                added.add(o);
                columns.add(o);
            }
            assertEquals(added, columns.toList(), "round " + round);
            for (int i = 0; i < rows; i++) {
                FiveTuple tuple = added.get(i).tuple();
                assertEquals(tuple.srcPort(), columns.srcPort(i));
                assertEquals(tuple.dstPort(), columns.dstPort(i));
                assertEquals(tuple.srcPort() << 16 | tuple.dstPort(), columns.ports(i));
                assertEquals(tuple.protocol(), columns.protocol(i));
                assertEquals(added.get(i).action().ordinal(), columns.actionOrdinal(i));
            }
            columns.clear();
        }
    }

    @Test
    void theGeneratorsRowsKeepTheTupleAsPacketAddressesAndNoStaleDetail() {
        Observations columns = new Observations();
        MonitoredEni eni = new MonitoredEni("eni-0a1", "123456789012", "10.0.1.9");
        FiveTuple withText = new FiveTuple("10.0.1.9", "8.8.8.8", 40_000, 53, FiveTuple.UDP);
        columns.add(eni, withText, new Leg(1, 70, 10, 10, 0), Action.ACCEPT, FlowDirection.EGRESS, 1,
                "10.0.9.9", "2001:db8::1", "S3", null, null);
        columns.add(new FlowObservation("eni-0a1", "123456789012", withText, 1, 70, 10, 10, Action.REJECT, 0,
                new FlowDetail(FlowDirection.INGRESS, null, null, null, null, null, null, "reason", 2)));
        columns.clear();
        Endpoint at = Endpoint.of(eni);
        FiveTuple numbers = FiveTuple.ofIpv4(null, 0x0A000109L, null, 0xCB007107L, 65_535, 443, 255);
        Leg leg = new Leg(3, 300, 20, 25, 0x1B);
        columns.addWithTupleAddresses(at, numbers, false, leg, Action.REJECT, FlowDirection.INGRESS, 0, null, null,
                null);
        columns.addWithTupleAddresses(at, withText, true, leg, Action.ACCEPT, FlowDirection.EGRESS, 8,
                null, "AMAZON", null);
        FiveTuple v6 = new FiveTuple("2001:db8::1", "10.0.1.9", 50_000, 22, FiveTuple.TCP);
        columns.addWithTupleAddresses(at, v6, true, leg, Action.ACCEPT, FlowDirection.EGRESS, 1, null, null, null);
        assertEquals(3, columns.size());
        assertEquals(v6.reversed(), columns.tuple(2));
        assertEquals("2001:db8::1", columns.pktDstAddr(2));
        assertEquals(Observations.SRC_IPV4 | Observations.PKT_SRC_IPV4, columns.ipv4Addresses(2));
        assertEquals("10.0.1.9", columns.pktSrcAddr(0));
        assertEquals("203.0.113.7", columns.pktDstAddr(0));
        assertEquals(0x0A000109, columns.pktSrcIpv4(0));
        assertEquals(0xCB007107, columns.pktDstIpv4(0));
        assertEquals(Observations.TUPLE_IPV4 | Observations.PKT_SRC_IPV4 | Observations.PKT_DST_IPV4,
                columns.ipv4Addresses(0));
        assertEquals(65_535, columns.srcPort(0));
        assertEquals(443, columns.dstPort(0));
        assertEquals(255, columns.protocol(0));
        assertEquals(Action.REJECT, columns.action(0));
        assertEquals(FlowDirection.INGRESS, columns.direction(0));
        assertEquals(0, columns.trafficPath(0));
        assertEquals(0x1B, columns.tcpFlags(0));
        assertNull(columns.pktSrcAwsService(0), "the cleared row's service is gone");
        assertNull(columns.rejectReason(1), "the cleared row's reason is gone");
        assertEquals(-1, columns.encryptionStatus(1), "the cleared row's status is gone");
        assertEquals(8, columns.trafficPath(1));
        assertEquals(FlowDirection.EGRESS, columns.direction(1));
        assertEquals("8.8.8.8", columns.pktSrcAddr(1));
        assertEquals("AMAZON", columns.pktDstAwsService(1));
        assertEquals(withText.reversed(), columns.tuple(1));
    }

    private static FlowObservation randomObservation(SplittableRandom rng, int round, int i) {
        FiveTuple tuple = new FiveTuple(ADDRESSES[rng.nextInt(ADDRESSES.length)],
                ADDRESSES[rng.nextInt(ADDRESSES.length)], rng.nextInt(65_536), rng.nextInt(65_536),
                rng.nextInt(256));
        long packets = rng.nextLong(1, 1_000);
        long start = rng.nextLong(0, 1L << 40);
        FlowDirection direction = rng.nextBoolean() ? FlowDirection.INGRESS : FlowDirection.EGRESS;
        FlowDetail detail = rng.nextInt(3) == 0 ? null : new FlowDetail(direction,
                direction == FlowDirection.INGRESS || rng.nextBoolean() ? null : rng.nextInt(1, 9),
                rng.nextBoolean() ? null : ADDRESSES[rng.nextInt(ADDRESSES.length)],
                rng.nextBoolean() ? null : ADDRESSES[rng.nextInt(ADDRESSES.length)],
                rng.nextBoolean() ? null : "S3", rng.nextBoolean() ? null : "EC2",
                rng.nextBoolean() ? null : new InterfaceMetadata("123456789012", "eni-hop" + i, null, null, null,
                        null, null, null, null, null, null, null),
                rng.nextBoolean() ? null : "reason-" + round,
                rng.nextBoolean() ? null : rng.nextInt(0, 4));
        return new FlowObservation("eni-" + (i % 7), "123456789012", tuple, packets,
                packets * rng.nextLong(1, 1_500), start, start + rng.nextLong(0, 600),
                rng.nextBoolean() ? Action.ACCEPT : Action.REJECT, rng.nextInt(0, 64), detail);
    }
}
