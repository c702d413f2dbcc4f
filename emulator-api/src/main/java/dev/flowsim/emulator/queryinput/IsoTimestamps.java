package dev.flowsim.emulator.queryinput;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as IAM and STS print them: ISO-8601 in UTC to the second, e.g. {@code 2024-05-01T12:00:00Z}. */
public final class IsoTimestamps {

    private IsoTimestamps() {
    }

    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
