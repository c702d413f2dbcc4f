package dev.flowsim.simulator.record;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One aggregation interval of a flow log: [start, start + interval). Flow-log times are whole Unix seconds, so
 * both ends are whole seconds too.
 */
public record CaptureWindow(Instant start, Duration interval) {

    public CaptureWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(interval, "interval");
        if (start.getNano() != 0) {
            throw new IllegalArgumentException("a capture window starts on a whole second, got " + start);
        }
        if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
            throw new IllegalArgumentException("an aggregation interval is a positive whole number of seconds, got "
                    + interval);
        }
    }

    public long startEpochSecond() {
        return start.getEpochSecond();
    }

    /** Exclusive end, in Unix seconds. */
    public long endEpochSecond() {
        return start.getEpochSecond() + interval.getSeconds();
    }

    public Instant end() {
        return start.plus(interval);
    }

    public long intervalSeconds() {
        return interval.getSeconds();
    }

    /** The last whole second that still belongs to the window. */
    public long lastEpochSecond() {
        return endEpochSecond() - 1;
    }

    public boolean contains(long epochSecond) {
        return epochSecond >= startEpochSecond() && epochSecond < endEpochSecond();
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end() + ")";
    }
}
