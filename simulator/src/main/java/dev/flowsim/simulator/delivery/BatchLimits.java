package dev.flowsim.simulator.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * The PutLogEvents limits a batch must obey.
 *
 * @param maxEvents        events per call
 * @param maxBatchBytes    Σ(message UTF-8 bytes + per-event overhead) per call
 * @param perEventOverhead bytes CloudWatch Logs adds to every event when counting
 * @param maxSpan          newest minus oldest timestamp in one call (inclusive)
 */
public record BatchLimits(int maxEvents, long maxBatchBytes, int perEventOverhead, Duration maxSpan) {

    /** The limits of the CloudWatch Logs API. */
    public static final BatchLimits CLOUDWATCH_LOGS = new BatchLimits(10_000, 1_048_576, 26, Duration.ofHours(24));

    public BatchLimits {
        Objects.requireNonNull(maxSpan, "maxSpan");
        if (maxEvents < 1 || maxBatchBytes < 1 || perEventOverhead < 0 || maxSpan.isNegative()) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxEvents + " events, "
                    + maxBatchBytes + " bytes, overhead " + perEventOverhead + ", span " + maxSpan);
        }
    }

    /** What one event costs against {@link #maxBatchBytes}. */
    public long sizeOf(LogEvent event) {
        return (long) event.utf8Bytes() + perEventOverhead;
    }
}
