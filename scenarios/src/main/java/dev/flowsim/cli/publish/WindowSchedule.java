package dev.flowsim.cli.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The next window of one aggregation interval to deliver. Windows are aligned to the interval on the epoch (as the
 * simulator's capture windows are) and handed out in order, each once, when its delivery is due.
 */
final class WindowSchedule {

    private final Duration interval;
    private final Duration deliveryDelay;
    private Instant next;

    /** Starts with the window that is open at {@code now}: earlier windows are history this publisher never saw. */
    WindowSchedule(Duration interval, Duration deliveryDelay, Instant now) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.deliveryDelay = Objects.requireNonNull(deliveryDelay, "deliveryDelay");
        long seconds = interval.getSeconds();
        this.next = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    Duration interval() {
        return interval;
    }

    Instant next() {
        return next;
    }

    /** How many windows are due at {@code now}, the next one included. */
    long dueCount(Instant now) {
        Instant firstDue = next.plus(interval).plus(deliveryDelay);
        if (now.isBefore(firstDue)) {
            return 0;
        }
        return Duration.between(firstDue, now).getSeconds() / interval.getSeconds() + 1;
    }

    void advance() {
        next = next.plus(interval);
    }

    /** Skips windows that are due, leaving {@code keep} of them; returns how many were skipped. */
    long skipKeeping(Instant now, long keep) {
        long skip = Math.max(0, dueCount(now) - keep);
        next = next.plus(interval.multipliedBy(skip));
        return skip;
    }
}
