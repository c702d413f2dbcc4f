package dev.flowsim.emulator.logs.store;

import java.util.OptionalInt;

/**
 * Which events a group's retention still shows. CloudWatch Logs expires events by their timestamp: with a retention of
 * N days, an event older than {@code now - N days} is gone for every read. AWS deletes lazily (within about 72 hours);
 * flowsim hides expired events at once, so a read never depends on a sweeper's timing.
 */
public final class Retention {

    private static final long DAY_MILLIS = 86_400_000L;

    private Retention() {
    }

    /**
     * The earliest event timestamp still visible at {@code nowMillis}; 0 (everything) when the group keeps events
     * forever.
     */
    public static long visibleFrom(long nowMillis, OptionalInt retentionInDays) {
        if (retentionInDays.isEmpty()) {
            return 0L;
        }
        return Math.max(0L, nowMillis - retentionInDays.getAsInt() * DAY_MILLIS);
    }

    /** The id range {@code range} narrowed to the events that retention still shows at {@code nowMillis}. */
    public static EventRange visible(EventRange range, long nowMillis, OptionalInt retentionInDays) {
        long floor = visibleFrom(nowMillis, retentionInDays);
        return floor == 0L ? range : range.from(EventId.firstAt(floor));
    }
}
