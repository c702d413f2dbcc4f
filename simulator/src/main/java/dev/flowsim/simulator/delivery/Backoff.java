package dev.flowsim.simulator.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff without jitter: the pause before retry n is base·2^(n-1), capped. Deterministic, so a run's
 * call counts and pacing repeat exactly.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("backoff durations are never negative: " + base + ", " + max);
        }
    }

    /** @param retry 1 for the first retry */
    public Duration delayBeforeRetry(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, got " + retry);
        }
        int doublings = Math.min(retry - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
