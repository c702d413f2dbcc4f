package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;

/**
 * Extra time (real time, as clients' timeouts see it) before the response is sent: {@code fixed}, uniform between
 * {@code min} and {@code max}, or exponential with {@code mean} (capped at {@code max}, default 10 × mean).
 * Durations carry units: {@code 250ms}, {@code 2s}. The wait is scheduled on the connection, never slept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LatencyEffect(@JsonProperty("fixed") String fixed, @JsonProperty("min") String min,
                            @JsonProperty("max") String max, @JsonProperty("mean") String mean) {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    public LatencyEffect {
        boolean uniform = min != null;
        int forms = (fixed != null ? 1 : 0) + (uniform ? 1 : 0) + (mean != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("latency takes exactly one form: {fixed: 250ms}, {min: 100ms, "
                    + "max: 400ms} or {mean: 200ms[, max: 2s]}");
        }
        if (fixed != null && max != null) {
            throw new IllegalArgumentException("latency: 'max' goes with 'min' or 'mean', not with 'fixed'");
        }
        if (uniform && max == null) {
            throw new IllegalArgumentException("latency: uniform latency needs both 'min' and 'max'");
        }
        for (String d : new String[] {fixed, min, max, mean}) {
            if (d != null && DurationText.parse(d).compareTo(LIMIT) > 0) {
                throw new IllegalArgumentException("latency: " + d + " is longer than 10m");
            }
        }
        if (uniform && DurationText.parse(max).compareTo(DurationText.parse(min)) < 0) {
            throw new IllegalArgumentException("latency: max must not be less than min");
        }
    }

    /** The delay for a draw {@code u} in [0, 1). */
    long millisFor(double u) {
        if (fixed != null) {
            return DurationText.parse(fixed).toMillis();
        }
        if (min != null) {
            long lo = DurationText.parse(min).toMillis();
            long hi = DurationText.parse(max).toMillis();
            return lo + Math.round(u * (hi - lo));
        }
        long meanMs = DurationText.parse(mean).toMillis();
        long cap = max != null ? DurationText.parse(max).toMillis() : meanMs * 10;
        return Math.min(cap, Math.round(-meanMs * Math.log(1 - u)));
    }
}
