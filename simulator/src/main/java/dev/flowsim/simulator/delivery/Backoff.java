package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.traffic.SeedStreams;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with "equal jitter": the step before retry n is base·2^(n-1), capped at {@code max}, and the
 * pause is a fraction between one half and the whole of that step. The fraction is drawn from the run's seed, the
 * call's number and the retry, never from a shared generator, so it needs no lock and the same call pauses the same
 * whichever thread runs it. AWS does not publish the Flow Logs service's retry policy [U]; jitter is what AWS
 * recommends to its own clients so that throttled callers do not retry in lockstep.
 *
 * <p>Pauses are real time: they never move the simulated clock, so in a scenario run they cannot change which
 * records are delivered, only how long the run takes.
 *
 * @param jitter whether pauses are jittered; without it every pause is the whole step
 */
public record Backoff(Duration base, Duration max, boolean jitter, long seed) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("backoff durations are never negative: " + base + ", " + max);
        }
    }

    /** Without jitter: each pause is the whole exponential step. */
    public Backoff(Duration base, Duration max) {
        this(base, max, false, 0L);
    }

    /** With equal jitter drawn from {@code seed}. */
    public static Backoff jittered(Duration base, Duration max, long seed) {
        return new Backoff(base, max, true, seed);
    }

    /**
     * The exponential step itself: the longest pause before the retry.
     *
     * @param retry 1 for the first retry
     */
    public Duration delayBeforeRetry(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, got " + retry);
        }
        int doublings = Math.min(retry - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * The pause before a retry of one call.
     *
     * @param retry      1 for the first retry
     * @param callNumber which call of the caller this is (any number that tells calls apart)
     */
    public Duration pauseBeforeRetry(int retry, long callNumber) {
        Duration step = delayBeforeRetry(retry);
        if (!jitter) {
            return step;
        }
        long nanos = step.toNanos();
        double fraction = 0.5 + 0.5 * unit(seed, callNumber, retry);
        return Duration.ofNanos((long) (nanos * fraction));
    }

    /** A number in [0, 1) fixed by its inputs. */
    private static double unit(long seed, long callNumber, int retry) {
        long z = SeedStreams.mix64(seed ^ callNumber * 0x9E3779B97F4A7C15L ^ (long) retry * 0xC2B2AE3D27D4EB4FL);
        return (z >>> 11) * 0x1.0p-53;
    }
}
