package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.record.TrafficType;

import java.util.Objects;

/** Where and as whom one flow log delivers: its identity, the role to assume and the log group to write to. */
public record DeliveryTarget(
        String flowLogId,
        String flowLogArn,
        String accountId,
        String region,
        String logGroupName,
        String roleArn,
        TrafficType trafficType) {

    public DeliveryTarget {
        Objects.requireNonNull(flowLogId, "flowLogId");
        Objects.requireNonNull(flowLogArn, "flowLogArn");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(trafficType, "trafficType");
    }

    /** The stream of one interface, e.g. {@code eni-0abc-all}. */
    public String streamNameFor(String interfaceId) {
        return interfaceId + "-" + trafficType.streamSuffix();
    }
}
