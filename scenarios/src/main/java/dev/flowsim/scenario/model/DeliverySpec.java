package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.DurationText;
import dev.flowsim.simulator.FlowLogsOptions;

/**
 * How the simulated Flow Logs service delivers: the delay after a window closes (AWS: about 5 minutes for CloudWatch
 * Logs), and its retry policy for throttling and 5xx answers (retries after the first attempt; backoff doubles from
 * {@code retryBase} up to {@code retryMax}, real time).
 */
public record DeliverySpec(String delay, Integer maxRetries, String retryBase, String retryMax) {

    public static final DeliverySpec DEFAULT = new DeliverySpec(null, null, null, null);

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
        return out;
    }
}
