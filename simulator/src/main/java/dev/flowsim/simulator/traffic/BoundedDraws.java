package dev.flowsim.simulator.traffic;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * {@code rng.nextLong(origin, bound)} and {@code rng.nextInt(origin, bound)} of a {@link SplittableRandom}, drawing
 * the very same values in the same order, without a hardware division for the small ranges the traffic uses. The
 * JDK 17 algorithm ({@code RandomSupport.boundedNextLong}/{@code boundedNextInt}) masks a power-of-two range and
 * otherwise takes {@code u % n} of the draw shifted right by one, rejecting the over-represented top; here
 * {@code u % n} is a multiply by a reciprocal of {@code n} looked up in a table ({@link #RANGES} entries), with one
 * correcting subtraction, so the remainder, and the rejection test on it, are exactly the JDK's.
 * {@code BoundedDrawsTest} compares both over millions of seeded draws. Another generator is asked itself: its own
 * bounded draws may be another algorithm.
 */
final class BoundedDraws {

    /** Ranges below this have a reciprocal in the table; longer ones take the JDK's own call. */
    static final int RANGES = 4096;
    /**
     * {@code floor(2^64 / n)} for every {@code n} below {@link #RANGES} that is not a power of two (0 at the
     * powers): below {@code 2^63} for {@code n >= 3}, so a signed multiply-high of a non-negative {@code u} by it
     * is the exact unsigned one.
     */
    private static final long[] RECIPROCALS = new long[RANGES];

    static {
        for (int n = 3; n < RANGES; n++) {
            if ((n & (n - 1)) != 0) {
                // n is no power of two, so it does not divide 2^64 and floor((2^64 - 1) / n) = floor(2^64 / n).
                RECIPROCALS[n] = Long.divideUnsigned(-1L, n);
            }
        }
    }

    private BoundedDraws() {
    }

    /** {@code rng.nextLong(origin, bound)}, the same value; {@code origin < bound}. */
    static long nextLong(RandomGenerator rng, long origin, long bound) {
        long n = bound - origin;
        if (n <= 0 || n >= RANGES || !(rng instanceof SplittableRandom splittable)) {
            return rng.nextLong(origin, bound);
        }
        long m = n - 1;
        long r = splittable.nextLong();
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        long reciprocal = RECIPROCALS[(int) n];
        for (long u = r >>> 1; u + m - (r = remainder(u, n, reciprocal)) < 0L; u = splittable.nextLong() >>> 1) {
            // rejected: the JDK draws again
        }
        return r + origin;
    }

    /** {@code rng.nextLong(bound)}, the same value; {@code bound > 0}. */
    static long nextLong(RandomGenerator rng, long bound) {
        return bound > 0 ? nextLong(rng, 0, bound) : rng.nextLong(bound);
    }

    /** {@code rng.nextInt(origin, bound)}, the same value; {@code origin < bound}. */
    static int nextInt(RandomGenerator rng, int origin, int bound) {
        int n = bound - origin;
        if (n <= 0 || n >= RANGES || !(rng instanceof SplittableRandom splittable)) {
            return rng.nextInt(origin, bound);
        }
        int m = n - 1;
        int r = splittable.nextInt();
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        long reciprocal = RECIPROCALS[n];
        for (int u = r >>> 1; u + m - (r = (int) remainder(u, n, reciprocal)) < 0; u = splittable.nextInt() >>> 1) {
            // rejected: the JDK draws again
        }
        return r + origin;
    }

    /** {@code rng.nextInt(bound)}, the same value; {@code bound > 0}. */
    static int nextInt(RandomGenerator rng, int bound) {
        return bound > 0 ? nextInt(rng, 0, bound) : rng.nextInt(bound);
    }

    /**
     * {@code u % n} for {@code 0 <= u < 2^63} and {@code 3 <= n < RANGES} not a power of two: the quotient
     * {@code floor(u * floor(2^64 / n) / 2^64)} is {@code u / n} or one less (its error is below
     * {@code u / 2^64 < 1/2} before the floor), so the remainder needs at most one subtraction of {@code n}.
     */
    static long remainder(long u, long n, long reciprocal) {
        long r = u - Math.multiplyHigh(u, reciprocal) * n;
        return r >= n ? r - n : r;
    }
}
