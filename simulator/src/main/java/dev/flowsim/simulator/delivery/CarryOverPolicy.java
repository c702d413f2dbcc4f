package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;

import java.time.Duration;
import java.util.Objects;

/**
 * What the service keeps when a batch cannot be delivered. AWS does not publish how Flow Logs buffers records [U];
 * these are flowsim's choices, each an option.
 *
 * @param records           the most records one flow log keeps for later, over all its interfaces; 0 turns the
 *                          buffer off (a failed batch is dropped at once). Per flow log rather than per interface
 *                          because that is the unit the service holds memory for: a VPC flow log over many
 *                          interfaces gets one budget, and the oldest records go first whichever stream they
 *                          belong to
 * @param maxAge            how long (simulated time, counted from the failure that first kept a record) a record
 *                          may wait; older ones are dropped at the flow log's next delivery
 * @param keepAccessErrors  whether records refused for access (role not assumable, no permission, log group
 *                          missing and not creatable) are kept too; by default they are dropped at once, as the
 *                          scenario docs describe AWS losing them
 */
public record CarryOverPolicy(int records, Duration maxAge, boolean keepAccessErrors) {

    /** The default {@link #records}. */
    public static final int DEFAULT_RECORDS = 10_000;
    /** The default {@link #maxAge}. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

    /** No buffer: every failed batch is dropped at once. */
    public static final CarryOverPolicy NONE = new CarryOverPolicy(0, DEFAULT_MAX_AGE, false);

    public CarryOverPolicy {
        if (records < 0) {
            throw new IllegalArgumentException("carry-over records is never negative, got " + records);
        }
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("carry-over max age must be positive, got " + maxAge);
        }
    }

    public static CarryOverPolicy defaults() {
        return new CarryOverPolicy(DEFAULT_RECORDS, DEFAULT_MAX_AGE, false);
    }

    public boolean enabled() {
        return records > 0;
    }

    /**
     * Whether records that met this failure are kept for the next window: transient failures (throttled beyond
     * the retries, 5xx, a conflict, the network or a timeout) always, access errors when asked; anything else (a
     * quota, a validation error) would fail the same way again, so it is dropped.
     */
    public boolean keeps(FailureKind kind) {
        if (!enabled()) {
            return false;
        }
        return kind.retryable() || (keepAccessErrors && kind.dropReason() == DropReason.ACCESS_ERROR);
    }
}
