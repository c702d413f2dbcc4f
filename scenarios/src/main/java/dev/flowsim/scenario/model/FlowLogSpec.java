package dev.flowsim.scenario.model;

import java.util.Set;

/**
 * A flow log to CloudWatch Logs, created by the account owner with CreateFlowLogs.
 *
 * @param name      the scenario's name for it, used by expectations and the timeline
 * @param resource  {@code vpc}, {@code subnet}, {@code eni:web|app|db} (the built-in topology) or a resource id
 * @param role      a role of the scenario by name; {@code roleArn} instead names any ARN
 * @param logFormat a custom record format ({@code ${version} ${srcaddr} ...}); default AWS's default format
 * @param logGroupRegion the log group's region when it is not the flow log's: the group is then named by its ARN
 *                  (LogDestination), which AWS refuses for another region
 * @param createdBy a user of the scenario who calls CreateFlowLogs with their access key; default the account root
 * @param logGroupAccount the log group's account when it is not the flow log's (one of the scenario's
 *                  {@code accounts}): the group is then named by its ARN, and that account's resource policy governs
 *                  delivery (flowsim's cross-account delivery [U])
 */
public record FlowLogSpec(String name, String account, String region, String resource, String trafficType,
                          String logGroup, String role, String roleArn, Integer maxAggregationInterval,
                          String logFormat, String logGroupRegion, String createdBy, String logGroupAccount) {

    private static final Set<String> TRAFFIC = Set.of("ACCEPT", "REJECT", "ALL");

    public FlowLogSpec {
        Checks.require(name != null && name.matches("[A-Za-z0-9-]{1,64}"), "flow log 'name' is required");
        Checks.require(logGroup != null, "flow log '" + name + "' needs a 'logGroup'");
        Checks.require(Checks.exactlyOne(role, roleArn) == 1, "flow log '" + name + "' needs 'role' or 'roleArn'");
        Checks.require(trafficType == null || TRAFFIC.contains(trafficType),
                "trafficType must be ACCEPT, REJECT or ALL");
        Checks.require(maxAggregationInterval == null || maxAggregationInterval == 60 || maxAggregationInterval == 600,
                "maxAggregationInterval must be 60 or 600 (seconds)");
        if (account != null) {
            Checks.account(account, "account");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
        Checks.require(logFormat == null || !logFormat.isBlank(), "logFormat must not be blank");
        if (logGroupRegion != null) {
            Checks.region(logGroupRegion, "logGroupRegion");
        }
        if (logGroupAccount != null) {
            Checks.account(logGroupAccount, "logGroupAccount");
        }
    }

    public String resourceOrDefault() {
        return resource == null ? "vpc" : resource;
    }

    public String trafficTypeOrDefault() {
        return trafficType == null ? "ALL" : trafficType;
    }

    public int intervalOrDefault() {
        return maxAggregationInterval == null ? 60 : maxAggregationInterval;
    }
}
