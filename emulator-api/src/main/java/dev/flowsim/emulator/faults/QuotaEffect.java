package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request-rate quota as AWS enforces it: a token bucket per scope that holds up to {@code burst} requests and
 * refills at {@code ratePerSecond} on the simulated clock. A call finding the bucket empty is throttled with the
 * service's throttling error (ThrottlingException "Rate exceeded" for CloudWatch Logs).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaEffect(@JsonProperty("scope") QuotaScope scope,
                          @JsonProperty("ratePerSecond") Double ratePerSecond,
                          @JsonProperty("burst") Integer burst) {

    public QuotaEffect {
        if (scope == null) {
            throw new IllegalArgumentException("quota.scope is required: account-region, log-group or log-stream");
        }
        if (ratePerSecond == null || !(ratePerSecond >= 0) || ratePerSecond.isInfinite()) {
            throw new IllegalArgumentException("quota.ratePerSecond is required: requests per second, >= 0");
        }
        if (burst == null || burst < 1) {
            throw new IllegalArgumentException("quota.burst is required: the bucket size in requests, >= 1");
        }
    }
}
