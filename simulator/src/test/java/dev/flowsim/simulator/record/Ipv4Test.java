package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Ipv4Test {

    @Test
    void canonicalDottedQuadsAreNumbersThatRenderBackToTheSameText() {
        assertEquals(0L, Ipv4.parse("0.0.0.0"));
        assertEquals(0xFFFF_FFFFL, Ipv4.parse("255.255.255.255"));
        assertEquals(10L << 24 | 1 << 8 | 25, Ipv4.parse("10.0.1.25"));
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            int address = rng.nextInt();
            String text = Ipv4.text(address);
            assertEquals(Integer.toUnsignedLong(address), Ipv4.parse(text));
            LineWriter line = new LineWriter();
            line.ipv4(address);
            assertEquals(text, line.finish());
        }
    }

    @Test
    void anythingButTheCanonicalFormStaysText() {
        for (String text : new String[] {"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "256.0.0.1", "1.2.3.",
                ".1.2.3", "1..2.3", "1.2.3.4 ", "a.b.c.d", "2001:db8::1", "::ffff:1.2.3.4", "1000.1.1.1",
                "1.2.3.-4", "00.0.0.0"}) {
            assertEquals(-1L, Ipv4.parse(text), text);
        }
    }

    @Test
    void numbersCompareExactlyAsTheirTextDoes() {
        // Every pair of octets in every position, plus random addresses: the sign must match String.compareTo.
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    int x = 0x0A00_0001 & ~(0xFF << shift) | a << shift;
                    int y = 0x0A00_0001 & ~(0xFF << shift) | b << shift;
                    assertEquals(Integer.signum(Ipv4.text(x).compareTo(Ipv4.text(y))),
                            Integer.signum(Ipv4.compareAsText(x, y)), () -> Ipv4.text(x) + " vs " + Ipv4.text(y));
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            int x = rng.nextInt();
            int y = rng.nextBoolean() ? rng.nextInt() : x ^ (1 << rng.nextInt(32));
            assertEquals(Integer.signum(Ipv4.text(x).compareTo(Ipv4.text(y))),
                    Integer.signum(Ipv4.compareAsText(x, y)), () -> Ipv4.text(x) + " vs " + Ipv4.text(y));
        }
    }
}
