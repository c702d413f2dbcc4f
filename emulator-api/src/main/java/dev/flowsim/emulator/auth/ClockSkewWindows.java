package dev.flowsim.emulator.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How far a signing time may be from the real clock, per service signing name. AWS documents 5 minutes for SigV4;
 * STS answers with "... - 15 min." in its skew errors (observed from GetCallerIdentity and AssumeRole, see
 * {@link WireErrors}), so STS gets 15 by default. Both are configurable ({@code flowsim serve --max-clock-skew},
 * {@code --sts-max-clock-skew}).
 *
 * @param standard  the window of every service not named in {@code byService}
 * @param byService windows that differ from the standard one, by signing name
 */
public record ClockSkewWindows(Duration standard, Map<String, Duration> byService) {

    public static final Duration AWS_STANDARD = Duration.ofMinutes(5);
    public static final Duration AWS_STS = Duration.ofMinutes(15);

    public ClockSkewWindows {
        Objects.requireNonNull(standard, "standard");
        byService = Map.copyOf(byService);
        requireNonNegative(standard);
        byService.values().forEach(ClockSkewWindows::requireNonNegative);
    }

    /** 5 minutes everywhere, 15 for STS: what AWS answers. */
    public static ClockSkewWindows aws() {
        return new ClockSkewWindows(AWS_STANDARD, Map.of("sts", AWS_STS));
    }

    /** The same window for every service (tests, and callers that want one figure). */
    public static ClockSkewWindows uniform(Duration window) {
        return new ClockSkewWindows(window, Map.of());
    }

    public Duration forService(String signingName) {
        return byService.getOrDefault(signingName, standard);
    }

    private static void requireNonNegative(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("a clock-skew window must not be negative: " + window);
        }
    }
}
