package dev.flowsim.cli.publish;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The emulator's simulated time as this process last observed it on the health endpoint. It moves only when
 * {@link #sync()} is called, so a publisher that syncs before each round sees the emulator's time, whatever its
 * speed, at most one poll late, and never ahead of the emulator (a window is never delivered before it is due
 * there). It never goes backwards.
 */
public final class EmulatorClock extends Clock {

    private final EmulatorHealth health;
    private volatile Instant observed;

    public EmulatorClock(EmulatorHealth health) {
        this.health = Objects.requireNonNull(health, "health");
    }

    /** Reads the emulator's time now; returns it. */
    public Instant sync() throws IOException {
        Instant now = health.check().simulatedTime();
        synchronized (this) {
            if (observed == null || now.isAfter(observed)) {
                observed = now;
            }
            return observed;
        }
    }

    public boolean isSynced() {
        return observed != null;
    }

    @Override
    public Instant instant() {
        Instant now = observed;
        if (now == null) {
            throw new IllegalStateException("the emulator's clock has not been read yet");
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the emulator's clock is read in UTC only");
    }

    @Override
    public String toString() {
        return "EmulatorClock[" + health.uri() + ", last read " + observed + "]";
    }
}
