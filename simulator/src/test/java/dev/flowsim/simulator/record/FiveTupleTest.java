package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.util.Objects;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A tuple built from numbers is the same value as one built from the text: equality, hash, text, order. */
class FiveTupleTest {

    @Test
    void aTupleOfNumbersEqualsTheTupleOfTheirText() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            long src = Integer.toUnsignedLong(rng.nextInt());
            long dst = Integer.toUnsignedLong(rng.nextInt());
            int srcPort = rng.nextInt(65_536);
            int dstPort = rng.nextInt(65_536);
            int protocol = rng.nextBoolean() ? FiveTuple.TCP : FiveTuple.UDP;
            FiveTuple text = new FiveTuple(Ipv4.text((int) src), Ipv4.text((int) dst), srcPort, dstPort, protocol);
            FiveTuple numbers = FiveTuple.ofIpv4(null, src, null, dst, srcPort, dstPort, protocol);
            assertEquals(text, numbers);
            assertEquals(numbers, text);
            // The hash the record had: its components' hashes folded in with 31.
            int recordHash = (((text.srcAddr().hashCode() * 31 + text.dstAddr().hashCode()) * 31 + srcPort) * 31
                    + dstPort) * 31 + protocol;
            assertEquals(recordHash, numbers.hashCode());
            assertEquals(text.hashCode(), numbers.hashCode());
            assertEquals(text.toString(), numbers.toString());
            assertEquals(0, FiveTuple.ORDER.compare(text, numbers));
            assertEquals(text.reversed(), numbers.reversed());
            assertEquals(src, text.srcIpv4());
            assertEquals(dst, numbers.reversed().srcIpv4());
        }
    }

    @Test
    void textThatIsNoCanonicalQuadStaysTextAndEqualsOnlyItself() {
        FiveTuple odd = new FiveTuple("010.0.0.1", "2001:db8::1", 1, 2, 6);
        assertEquals(FiveTuple.NOT_IPV4, odd.srcIpv4());
        assertEquals(FiveTuple.NOT_IPV4, odd.dstIpv4());
        assertEquals(new FiveTuple("010.0.0.1", "2001:db8::1", 1, 2, 6), odd);
        assertNotEquals(new FiveTuple("10.0.0.1", "2001:db8::1", 1, 2, 6), odd);
        assertNotEquals(FiveTuple.ofIpv4(null, 10L << 24 | 1, "2001:db8::1", FiveTuple.NOT_IPV4, 1, 2, 6), odd);
        assertEquals(Objects.hash("010.0.0.1", "2001:db8::1", 1, 2, 6) - 31 * 31 * 31 * 31 * 31,
                odd.hashCode());
    }

    @Test
    void anAddressNeedsItsNumberOrItsText() {
        assertThrows(IllegalArgumentException.class, () -> FiveTuple.ofIpv4(null, FiveTuple.NOT_IPV4, "1.2.3.4", 1, 1,
                2, 6));
        assertThrows(IllegalArgumentException.class, () -> FiveTuple.ofIpv4(null, 1L << 32, "1.2.3.4", 1, 1, 2, 6));
        assertThrows(NullPointerException.class, () -> new FiveTuple(null, "1.2.3.4", 1, 2, 6));
        assertThrows(IllegalArgumentException.class, () -> new FiveTuple("1.2.3.4", "1.2.3.4", 70_000, 2, 6));
    }
}
