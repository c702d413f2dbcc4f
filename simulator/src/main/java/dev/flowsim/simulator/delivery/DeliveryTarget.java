package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.record.TrafficType;

import java.util.Objects;

/**
 * Where and as whom one flow log delivers: its identity, the role to assume and the log group to write to.
 *
 * @param logGroupAccountId the log group's account: {@code accountId} unless the flow log delivers across accounts
 */
public record DeliveryTarget(
        String flowLogId,
        String flowLogArn,
        String accountId,
        String region,
        String logGroupName,
        String roleArn,
        TrafficType trafficType,
        String logGroupAccountId) {

    /** A flow log delivering to a log group of its own account. */
    public DeliveryTarget(String flowLogId, String flowLogArn, String accountId, String region, String logGroupName,
                          String roleArn, TrafficType trafficType) {
        this(flowLogId, flowLogArn, accountId, region, logGroupName, roleArn, trafficType, accountId);
    }

    public DeliveryTarget {
        Objects.requireNonNull(flowLogId, "flowLogId");
        Objects.requireNonNull(flowLogArn, "flowLogArn");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(trafficType, "trafficType");
        Objects.requireNonNull(logGroupAccountId, "logGroupAccountId");
    }

    /** Whether the log group is in another account (flowsim's cross-account delivery [U]). */
    public boolean crossAccount() {
        return !logGroupAccountId.equals(accountId);
    }

    /** The stream of one interface, e.g. {@code eni-0abc-all}. */
    public String streamNameFor(String interfaceId) {
        return interfaceId + "-" + trafficType.streamSuffix();
    }
}
