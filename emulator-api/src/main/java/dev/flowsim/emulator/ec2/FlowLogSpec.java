package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated CreateFlowLogs configuration: everything a request sets except the resources, shared by the flow logs
 * it creates. Value equality makes it the fingerprint for duplicate and client-token checks.
 *
 * @param logDestination the log group ARN exactly as given in {@code LogDestination}, or null when the request
 *                       named the group with {@code LogGroupName} (AWS then omits it from DescribeFlowLogs [O])
 * @param tags           from {@code TagSpecification.N}, in request order
 */
public record FlowLogSpec(FlowLogResourceType resourceType, TrafficType trafficType,
                          LogDestinationType logDestinationType, String logGroupName, String logDestination,
                          String deliverLogsPermissionArn, String logFormat, int maxAggregationInterval,
                          Map<String, String> tags) {

    public FlowLogSpec {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * The account of the log group: the one in {@code logDestination} when given (another account only where
     * flowsim's cross-account delivery allows it [U]), else the flow log's own.
     */
    public String logGroupAccountId(String flowLogAccountId) {
        if (logDestination == null) {
            return flowLogAccountId;
        }
        // arn:partition:logs:region:ACCOUNT:log-group:name, validated at creation
        return logDestination.split(":", 6)[4];
    }

    /** Whether a flow log with this spec on {@code resourceId} would duplicate {@code existing} (see Ec2Errors). */
    boolean sameDeliveryAs(FlowLog existing, String resourceId) {
        return existing.resourceId().equals(resourceId)
                && existing.logGroupAccountId().equals(logGroupAccountId(existing.accountId()))
                && existing.spec().trafficType() == trafficType
                && existing.spec().logDestinationType() == logDestinationType
                && existing.spec().logGroupName().equals(logGroupName);
    }
}
