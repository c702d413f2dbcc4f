package dev.flowsim.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of a flowsim run. Log timestamps, retention, aggregation windows, credential expiry and scheduled
 * faults all read it, so that an hour of flow logs can be replayed in seconds. Two modes:
 * <ul>
 *   <li><b>scaled</b>: simulated time runs at {@code speed} times the real clock from a chosen start;</li>
 *   <li><b>manual</b>: time stands still until {@link #advanceTo} moves it, which makes runs exactly repeatable.</li>
 * </ul>
 * SigV4's clock-skew check deliberately does not use this clock: clients sign with the real time.
 */
public final class SimulatedClock extends Clock {

    private final Clock real;
    private final double speed;
    private final boolean manual;
    // Guarded by this: the simulated instant at realAnchor.
    private Instant simAnchor;
    private Instant realAnchor;

    private SimulatedClock(Clock real, Instant start, double speed, boolean manual) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("clock speed must be a positive number, got " + speed);
        }
        this.real = real;
        this.speed = speed;
        this.manual = manual;
        this.simAnchor = start;
        this.realAnchor = real.instant();
    }

    /** Real time, unscaled: what {@code flowsim serve} uses unless told otherwise. */
    public static SimulatedClock system() {
        return new SimulatedClock(Clock.systemUTC(), Instant.now(), 1.0, false);
    }

    /** Simulated time starting at {@code start} and running {@code speed} times faster than real time. */
    public static SimulatedClock scaled(Instant start, double speed) {
        return scaled(Clock.systemUTC(), start, speed);
    }

    public static SimulatedClock scaled(Clock real, Instant start, double speed) {
        return new SimulatedClock(real, start, speed, false);
    }

    /** A clock that only moves when told to. */
    public static SimulatedClock manual(Instant start) {
        return new SimulatedClock(Clock.systemUTC(), start, 1.0, true);
    }

    public boolean isManual() {
        return manual;
    }

    public double speed() {
        return speed;
    }

    @Override
    public synchronized Instant instant() {
        if (manual) {
            return simAnchor;
        }
        Duration realElapsed = Duration.between(realAnchor, real.instant());
        long simNanos = (long) (realElapsed.toNanos() * speed);
        return simAnchor.plusNanos(simNanos);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    /**
     * Moves simulated time forward to {@code target} (never backwards). In scaled mode this jumps ahead and keeps
     * running from there.
     */
    public synchronized void advanceTo(Instant target) {
        Instant now = instant();
        if (target.isBefore(now)) {
            return;
        }
        simAnchor = target;
        realAnchor = real.instant();
    }

    public void advanceBy(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + step);
        }
        synchronized (this) {
            advanceTo(instant().plus(step));
        }
    }

    /** How long in real time it takes for {@code simulated} to pass on this clock. */
    public Duration realDurationOf(Duration simulated) {
        return Duration.ofNanos((long) (simulated.toNanos() / speed));
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
        throw new UnsupportedOperationException("the simulated clock is always UTC");
    }

    @Override
    public String toString() {
        return manual ? "SimulatedClock[manual at " + instant() + "]"
                : "SimulatedClock[" + instant() + ", speed " + speed + "x]";
    }
}
