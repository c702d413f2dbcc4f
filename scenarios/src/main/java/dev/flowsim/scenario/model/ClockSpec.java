package dev.flowsim.scenario.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where simulated time starts and how fast a run plays it: {@code max} (default) jumps from event to event; a number
 * is simulated seconds per real second (60 = a simulated minute per real second), for watching a run live.
 */
public record ClockSpec(String start, String speed) {

    public static final ClockSpec DEFAULT = new ClockSpec(null, null);
    private static final Instant DEFAULT_START = Instant.parse("2026-01-15T10:00:00Z");

    public ClockSpec {
        if (start != null) {
            try {
                Instant.parse(start);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("clock.start must be an ISO-8601 instant such as "
                        + "2026-01-15T10:00:00Z, got '" + start + "'");
            }
        }
        if (speed != null && !speed.equals("max")) {
            double s;
            try {
                s = Double.parseDouble(speed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("clock.speed is 'max' or simulated seconds per real second, got '"
                        + speed + "'");
            }
            Checks.require(s >= 1 && s <= 1_000_000, "clock.speed must be between 1 and 1000000");
        }
    }

    public Instant startOrDefault() {
        return start == null ? DEFAULT_START : Instant.parse(start);
    }

    /** Simulated seconds per real second, or 0 for as fast as possible. */
    public double speedOrMax() {
        return speed == null || speed.equals("max") ? 0 : Double.parseDouble(speed);
    }
}
