package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one token bucket is shared by. */
public enum QuotaScope {
    /** One bucket per account and region (AWS's TPS quotas). */
    @JsonProperty("account-region") ACCOUNT_REGION,
    /** One bucket per account, region and log group. */
    @JsonProperty("log-group") LOG_GROUP,
    /** One bucket per log stream (AWS's old 5 requests/s per-stream limit). */
    @JsonProperty("log-stream") LOG_STREAM;

    String keyOf(CallFacts call) {
        String base = call.account() + "|" + call.region();
        return switch (this) {
            case ACCOUNT_REGION -> base;
            case LOG_GROUP -> base + "|" + call.logGroup();
            case LOG_STREAM -> base + "|" + call.logGroup() + "|" + call.logStream();
        };
    }
}
