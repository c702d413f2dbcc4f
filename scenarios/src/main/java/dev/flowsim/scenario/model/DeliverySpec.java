package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.DurationText;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.delivery.CarryOverPolicy;

/**
 * How the simulated Flow Logs service delivers: the delay after a window closes (AWS: about 5 minutes for CloudWatch
 * Logs), its retry policy for throttling and 5xx answers (retries after the first attempt; backoff doubles from
 * {@code retryBase} up to {@code retryMax}, real time), and its carry-over buffer for records that still failed
 * transiently: {@code carryOverRecords} per flow log (0 turns it off), {@code carryOverMaxAge} (simulated time) and
 * {@code carryAccessErrors} (keep records refused for access too). AWS does not publish its buffering [U].
 */
public record DeliverySpec(String delay, Integer maxRetries, String retryBase, String retryMax,
                           Integer carryOverRecords, String carryOverMaxAge, Boolean carryAccessErrors) {

    public static final DeliverySpec DEFAULT = new DeliverySpec(null, null, null, null, null, null, null);

    /** Without carry-over settings (the service's defaults apply). */
    public DeliverySpec(String delay, Integer maxRetries, String retryBase, String retryMax) {
        this(delay, maxRetries, retryBase, retryMax, null, null, null);
    }

    public DeliverySpec {
        if (delay != null) {
            Checks.duration(delay, "delivery.delay");
        }
        if (retryBase != null) {
            Checks.duration(retryBase, "delivery.retryBase");
        }
        if (retryMax != null) {
            Checks.duration(retryMax, "delivery.retryMax");
        }
        Checks.require(maxRetries == null || (maxRetries >= 0 && maxRetries <= 20),
                "delivery.maxRetries must be 0..20");
        Checks.require(carryOverRecords == null || (carryOverRecords >= 0 && carryOverRecords <= 10_000_000),
                "delivery.carryOverRecords must be 0..10000000 (0 turns the buffer off)");
        if (carryOverMaxAge != null) {
            Checks.duration(carryOverMaxAge, "delivery.carryOverMaxAge");
            Checks.require(!DurationText.parse(carryOverMaxAge).isZero(), "delivery.carryOverMaxAge must be positive");
        }
    }

    public FlowLogsOptions apply(FlowLogsOptions options) {
        // A generous per-call limit: a timed-out attempt would be retried and change the run on a busy machine.
        FlowLogsOptions out = options.withCallTimeout(java.time.Duration.ofMinutes(2));
        if (delay != null) {
            out = out.withDeliveryDelay(DurationText.parse(delay));
        }
        if (maxRetries != null) {
            out = out.withMaxRetries(maxRetries);
        }
        out = out.withRetryBackoff(retryBase != null ? DurationText.parse(retryBase) : java.time.Duration.ofMillis(10),
                retryMax != null ? DurationText.parse(retryMax) : java.time.Duration.ofMillis(100));
        CarryOverPolicy carry = out.carryOver();
        out = out.withCarryOver(new CarryOverPolicy(
                carryOverRecords != null ? carryOverRecords : carry.records(),
                carryOverMaxAge != null ? DurationText.parse(carryOverMaxAge) : carry.maxAge(),
                carryAccessErrors != null ? carryAccessErrors : carry.keepAccessErrors()));
        return out;
    }
}
