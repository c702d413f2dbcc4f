package dev.flowsim.emulator.faults;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in scenarios and fault requests: a number and a unit, {@code 250ms}, {@code 5s},
 * {@code 4m}, {@code 2h}. The unit is required, so a bare number is never silently read as seconds or millis.
 */
public final class DurationText {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private DurationText() {
    }

    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a number and a unit, "
                    + "one of ms, s, m, h (e.g. 250ms, 5s, 4m, 2h)");
        }
        double value = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            default -> value * 3_600_000;
        };
        if (millis > Duration.ofDays(3650).toMillis()) {
            throw new IllegalArgumentException("'" + text + "' is longer than flowsim accepts (10 years)");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** The shortest exact text for a duration, for reports. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
