package dev.flowsim.emulator.faults;

import java.time.Instant;

/** A bucket of up to {@code burst} tokens refilled at {@code ratePerSecond}, on the simulated clock. Starts full. */
final class TokenBucket {

    private final double ratePerSecond;
    private final double burst;
    private double tokens;
    private Instant last;

    TokenBucket(double ratePerSecond, int burst, Instant now) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    /** Takes one token if there is one; time never runs backwards for the bucket. */
    synchronized boolean tryTake(Instant now) {
        if (now.isAfter(last)) {
            double seconds = (now.toEpochMilli() - last.toEpochMilli()) / 1000.0;
            tokens = Math.min(burst, tokens + seconds * ratePerSecond);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
