package dev.flowsim.simulator.traffic;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link BoundedDraws} against the JDK's own bounded draws of {@link SplittableRandom}: two generators of one seed,
 * one asked through each, must give the same values and stay in step (the same number of draws consumed, rejected
 * candidates included), over every range the table covers and a few beyond it.
 */
class BoundedDrawsTest {

    private static final int DRAWS_PER_RANGE = 600;

    @Test
    void longRangesDrawWhatTheJdkDraws() {
        SplittableRandom seeds = new SplittableRandom(20_261_127L);
        for (int n = 1; n <= BoundedDraws.RANGES + 8; n++) {
            long seed = seeds.nextLong();
            long origin = seeds.nextLong(-1_000_000, 1_000_000);
            SplittableRandom jdk = new SplittableRandom(seed);
            SplittableRandom ours = new SplittableRandom(seed);
            for (int k = 0; k < DRAWS_PER_RANGE; k++) {
                assertEquals(jdk.nextLong(origin, origin + n), BoundedDraws.nextLong(ours, origin, origin + n),
                        "range " + n + " from " + origin + ", draw " + k);
                assertEquals(jdk.nextLong(n), BoundedDraws.nextLong(ours, n), "bound " + n + ", draw " + k);
            }
            assertEquals(jdk.nextLong(), ours.nextLong(), "generators out of step after range " + n);
        }
    }

    @Test
    void intRangesDrawWhatTheJdkDraws() {
        SplittableRandom seeds = new SplittableRandom(42L);
        for (int n = 1; n <= BoundedDraws.RANGES + 8; n++) {
            long seed = seeds.nextLong();
            int origin = seeds.nextInt(-1_000_000, 1_000_000);
            SplittableRandom jdk = new SplittableRandom(seed);
            SplittableRandom ours = new SplittableRandom(seed);
            for (int k = 0; k < DRAWS_PER_RANGE; k++) {
                assertEquals(jdk.nextInt(origin, origin + n), BoundedDraws.nextInt(ours, origin, origin + n),
                        "range " + n + " from " + origin + ", draw " + k);
                assertEquals(jdk.nextInt(n), BoundedDraws.nextInt(ours, n), "bound " + n + ", draw " + k);
            }
            assertEquals(jdk.nextLong(), ours.nextLong(), "generators out of step after range " + n);
        }
    }

    /** Remainders of the draws' extremes, where a reciprocal's rounding would show first. */
    @Test
    void remainderIsExactAtTheExtremes() {
        long[] samples = {0, 1, 2, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / 2, 1L << 62, (1L << 62) - 1,
            Integer.MAX_VALUE, 0xFFFF_FFFFL, 0x1_0000_0000L};
        for (long n = 3; n < BoundedDraws.RANGES; n++) {
            if ((n & (n - 1)) == 0) {
                continue;
            }
            long reciprocal = Long.divideUnsigned(-1L, n);
            for (long u : samples) {
                assertEquals(u % n, BoundedDraws.remainder(u, n, reciprocal), u + " % " + n);
                long below = u - u % n;
                for (long v : new long[] {below, below - 1, below + n - 1}) {
                    if (v >= 0) {
                        assertEquals(v % n, BoundedDraws.remainder(v, n, reciprocal), v + " % " + n);
                    }
                }
            }
        }
    }
}
