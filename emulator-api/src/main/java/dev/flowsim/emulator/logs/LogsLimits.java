package dev.flowsim.emulator.logs;

import java.time.Duration;

/**
 * The PutLogEvents quotas the emulator enforces.
 *
 * @param maxEventsPerBatch     events in one request (10,000)
 * @param maxBatchBytes         sum over the batch of message UTF-8 bytes plus the per-event overhead (1,048,576)
 * @param eventOverheadBytes    bytes counted for every event on top of its message (26)
 * @param maxEventBytes         one event's message bytes plus overhead. Defaults to 1,048,576 because today's
 *                              service model says "Each log event can be no larger than 1 MB"; for years AWS
 *                              enforced 262,144 (256 KiB), which {@link #withMaxEventBytes} can restore
 * @param maxBatchSpan          newest minus oldest accepted event time (24 h)
 * @param maxEventAge           how far in the past an event may lie (14 days)
 * @param maxEventFutureSkew    how far in the future an event may lie (2 h)
 * @param maxStoredBytes        flowsim's own cap on message bytes stored across the whole emulator (AWS has none;
 *                              it keeps a long run from exhausting the heap). Defaults to half the maximum heap;
 *                              a batch that does not fit is refused whole with {@code LimitExceededException}
 */
public record LogsLimits(int maxEventsPerBatch, int maxBatchBytes, int eventOverheadBytes, int maxEventBytes,
                         Duration maxBatchSpan, Duration maxEventAge, Duration maxEventFutureSkew,
                         long maxStoredBytes) {

    public static final int DEFAULT_MAX_EVENT_BYTES = 1_048_576;
    /** The event size quota AWS enforced before the 1 MB increase. */
    public static final int LEGACY_MAX_EVENT_BYTES = 262_144;

    public LogsLimits {
        if (maxEventsPerBatch < 1 || maxBatchBytes < 1 || eventOverheadBytes < 0
                || maxEventBytes <= eventOverheadBytes) {
            throw new IllegalArgumentException("PutLogEvents limits must be positive and leave room for a message");
        }
        if (maxStoredBytes < 0) {
            throw new IllegalArgumentException("the stored-bytes cap cannot be negative: " + maxStoredBytes);
        }
        if (maxEventsPerBatch > 0x10000) {
            throw new IllegalArgumentException("an event id indexes at most 65536 events per batch");
        }
        for (Duration d : new Duration[] {maxBatchSpan, maxEventAge, maxEventFutureSkew}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("PutLogEvents time limits cannot be negative: " + d);
            }
        }
    }

    public static LogsLimits defaults() {
        return new LogsLimits(10_000, 1_048_576, 26, DEFAULT_MAX_EVENT_BYTES,
                Duration.ofHours(24), Duration.ofDays(14), Duration.ofHours(2), Runtime.getRuntime().maxMemory() / 2);
    }

    public LogsLimits withMaxEventBytes(int bytes) {
        return new LogsLimits(maxEventsPerBatch, maxBatchBytes, eventOverheadBytes, bytes, maxBatchSpan, maxEventAge,
                maxEventFutureSkew, maxStoredBytes);
    }

    public LogsLimits withMaxStoredBytes(long bytes) {
        return new LogsLimits(maxEventsPerBatch, maxBatchBytes, eventOverheadBytes, maxEventBytes, maxBatchSpan,
                maxEventAge, maxEventFutureSkew, bytes);
    }
}
