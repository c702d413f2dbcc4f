package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When a fault is active, on the simulated clock. Each bound is an offset from the fault's base time (a scenario's
 * start, or the moment the fault was posted), such as {@code 5m}, or an ISO-8601 instant. {@code from} is
 * inclusive, {@code until} exclusive; an absent bound is open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeWindow(@JsonProperty("from") String from, @JsonProperty("until") String until) {

    public TimeWindow {
        if (from != null) {
            resolve(from, Instant.EPOCH, "window.from");
        }
        if (until != null) {
            resolve(until, Instant.EPOCH, "window.until");
        }
    }

    Instant fromAt(Instant base) {
        return from == null ? Instant.MIN : resolve(from, base, "window.from");
    }

    Instant untilAt(Instant base) {
        return until == null ? Instant.MAX : resolve(until, base, "window.until");
    }

    private static Instant resolve(String text, Instant base, String field) {
        if (text.length() > 10 && Character.isDigit(text.charAt(0)) && text.contains("T")) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + ": '" + text + "' is not an ISO-8601 instant");
            }
        }
        try {
            return base.plus(DurationText.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage()
                    + ", or an ISO-8601 instant such as 2026-01-15T10:05:00Z");
        }
    }
}
