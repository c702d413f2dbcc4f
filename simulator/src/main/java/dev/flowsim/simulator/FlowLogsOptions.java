package dev.flowsim.simulator;

import dev.flowsim.simulator.delivery.BatchLimits;
import dev.flowsim.simulator.delivery.CarryOverPolicy;
import dev.flowsim.simulator.traffic.TrafficMix;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated flow-logs service behaves.
 *
 * @param deliveryDelay        how long after a window closes its records may be delivered (AWS: about 5 minutes
 *                             for CloudWatch Logs); {@link FlowLogsService#deliverWindow} refuses earlier calls
 * @param maxRetries           retries of a throttled or failing call after the first attempt
 * @param retryBaseDelay       the backoff step before the first retry; doubles for each further one (each pause
 *                             is jittered between half and all of its step, seeded)
 * @param retryMaxDelay        longest pause between retries
 * @param callTimeout          real-time limit of one AWS or admin call, retries excluded
 * @param sessionRefreshMargin assume the role again once the session expires within this margin (simulated time)
 * @param trafficMix           how much traffic of each kind the interfaces produce
 * @param batchLimits          PutLogEvents limits
 * @param recordCapacity       the most records the publisher keeps per interface per window; beyond it the rest of
 *                             the window's flows become one SKIPDATA record. AWS's own capacity is not published
 *                             [U]; the default is high enough that only deliberate load tests reach it
 * @param streamConcurrency    how many of a flow log's interface streams are delivered at the same time (each
 *                             stream's batches stay in order); AWS's own parallelism is not published [U]
 * @param carryOver            what is kept for the next window when a batch meets a transient failure, and how
 *                             much and how long; AWS's own buffering is not published [U]
 */
public record FlowLogsOptions(
        Duration deliveryDelay,
        int maxRetries,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        Duration callTimeout,
        Duration sessionRefreshMargin,
        TrafficMix trafficMix,
        BatchLimits batchLimits,
        int recordCapacity,
        int streamConcurrency,
        CarryOverPolicy carryOver) {

    /** The default {@link #recordCapacity}. */
    public static final int DEFAULT_RECORD_CAPACITY = 100_000;
    /**
     * The default {@link #streamConcurrency}: one stream after another. With more, which calls meet an injected
     * throttle depends on timing, and a seeded scenario must repeat exactly; load runs raise it.
     */
    public static final int DEFAULT_STREAM_CONCURRENCY = 1;

    /** With the default stream concurrency: one stream after another. */
    public FlowLogsOptions(Duration deliveryDelay, int maxRetries, Duration retryBaseDelay, Duration retryMaxDelay,
                           Duration callTimeout, Duration sessionRefreshMargin, TrafficMix trafficMix,
                           BatchLimits batchLimits, int recordCapacity) {
        this(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout, sessionRefreshMargin,
                trafficMix, batchLimits, recordCapacity, DEFAULT_STREAM_CONCURRENCY);
    }

    /** With the default carry-over buffer. */
    public FlowLogsOptions(Duration deliveryDelay, int maxRetries, Duration retryBaseDelay, Duration retryMaxDelay,
                           Duration callTimeout, Duration sessionRefreshMargin, TrafficMix trafficMix,
                           BatchLimits batchLimits, int recordCapacity, int streamConcurrency) {
        this(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout, sessionRefreshMargin,
                trafficMix, batchLimits, recordCapacity, streamConcurrency, CarryOverPolicy.defaults());
    }

    public FlowLogsOptions {
        if (streamConcurrency < 1) {
            throw new IllegalArgumentException("streamConcurrency must be at least 1, got " + streamConcurrency);
        }
        if (recordCapacity < 1) {
            throw new IllegalArgumentException("recordCapacity must be at least 1, got " + recordCapacity);
        }
        requireNotNegative(deliveryDelay, "deliveryDelay");
        requireNotNegative(retryBaseDelay, "retryBaseDelay");
        requireNotNegative(retryMaxDelay, "retryMaxDelay");
        requireNotNegative(sessionRefreshMargin, "sessionRefreshMargin");
        requireNotNegative(callTimeout, "callTimeout");
        if (callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries is never negative, got " + maxRetries);
        }
        Objects.requireNonNull(trafficMix, "trafficMix");
        Objects.requireNonNull(batchLimits, "batchLimits");
        Objects.requireNonNull(carryOver, "carryOver");
    }

    public static FlowLogsOptions defaults() {
        return new FlowLogsOptions(Duration.ofMinutes(5), 3, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofMinutes(5), TrafficMix.DEFAULT, BatchLimits.CLOUDWATCH_LOGS,
                DEFAULT_RECORD_CAPACITY, DEFAULT_STREAM_CONCURRENCY, CarryOverPolicy.defaults());
    }

    public FlowLogsOptions withDeliveryDelay(Duration delay) {
        return new FlowLogsOptions(delay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withMaxRetries(int retries) {
        return new FlowLogsOptions(deliveryDelay, retries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withRetryBackoff(Duration base, Duration max) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, base, max, callTimeout, sessionRefreshMargin,
                trafficMix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withCallTimeout(Duration timeout) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, timeout,
                sessionRefreshMargin, trafficMix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withSessionRefreshMargin(Duration margin) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout, margin,
                trafficMix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withTrafficMix(TrafficMix mix) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, mix, batchLimits, recordCapacity, streamConcurrency,
                carryOver);
    }

    public FlowLogsOptions withBatchLimits(BatchLimits limits) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, limits, recordCapacity, streamConcurrency, carryOver);
    }

    public FlowLogsOptions withRecordCapacity(int capacity) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, batchLimits, capacity, streamConcurrency, carryOver);
    }

    public FlowLogsOptions withStreamConcurrency(int streams) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, batchLimits, recordCapacity, streams, carryOver);
    }

    public FlowLogsOptions withCarryOver(CarryOverPolicy policy) {
        return new FlowLogsOptions(deliveryDelay, maxRetries, retryBaseDelay, retryMaxDelay, callTimeout,
                sessionRefreshMargin, trafficMix, batchLimits, recordCapacity, streamConcurrency, policy);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " is never negative, got " + duration);
        }
    }
}
