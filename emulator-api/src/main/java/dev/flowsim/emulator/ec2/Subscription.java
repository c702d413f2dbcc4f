package dev.flowsim.emulator.ec2;

import java.util.List;

/**
 * An active flow log as the Flow Logs publisher needs it: where to deliver, as whom, in which format, and which
 * interfaces to record. Served as JSON on flowsim's admin API; the field names are the contract with the simulator.
 *
 * @param creationTime epoch milliseconds (simulated)
 * @param interfaces   the interfaces currently in scope: all of a VPC's, all of a subnet's, or the one interface
 * @param logGroupAccountId the account the log group is in: {@code accountId} unless the flow log delivers across
 *                     accounts (flowsim [U]), when the publisher must name it on its CloudWatch Logs calls
 */
public record Subscription(String flowLogId, String flowLogArn, String accountId, String region, String resourceId,
                           TrafficType trafficType, String logGroupName, String deliverLogsPermissionArn,
                           String logFormat, int maxAggregationInterval, long creationTime,
                           List<MonitoredInterface> interfaces, String logGroupAccountId) {

    public Subscription {
        interfaces = List.copyOf(interfaces);
    }
}
