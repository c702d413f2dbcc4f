package dev.flowsim.emulator.logs.insights;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A point in time inside a query ({@code @timestamp}, {@code bin()}, {@code fromMillis}); shown as AWS shows it. */
record Timestamp(long millis) implements Comparable<Timestamp> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Override
    public int compareTo(Timestamp other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public String toString() {
        return FORMAT.format(Instant.ofEpochMilli(millis));
    }
}
