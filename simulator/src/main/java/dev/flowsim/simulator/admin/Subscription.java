package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.flowsim.simulator.record.RecordFormat;

import java.util.List;

/**
 * A flow log the emulator wants delivered, with the interfaces it covers. Absent optional members take the AWS
 * defaults (600-second interval, the default format); members added to the contract later are ignored.
 *
 * @param creationTime epoch milliseconds
 * @param logGroupAccountId the log group's account; absent means the flow log's own
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscription(
        String flowLogId,
        String flowLogArn,
        String accountId,
        String region,
        String resourceId,
        String trafficType,
        String logGroupName,
        String deliverLogsPermissionArn,
        String logFormat,
        Integer maxAggregationInterval,
        Long creationTime,
        List<SubscribedInterface> interfaces,
        String logGroupAccountId) {

    public static final int DEFAULT_AGGREGATION_INTERVAL = 600;

    public Subscription {
        logFormat = logFormat == null || logFormat.isEmpty() ? RecordFormat.DEFAULT_FORMAT_STRING : logFormat;
        maxAggregationInterval = maxAggregationInterval == null ? DEFAULT_AGGREGATION_INTERVAL
                : maxAggregationInterval;
        creationTime = creationTime == null ? 0L : creationTime;
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
        logGroupAccountId = logGroupAccountId == null || logGroupAccountId.isEmpty() ? accountId : logGroupAccountId;
    }

    /** A flow log delivering to a log group of its own account. */
    public Subscription(String flowLogId, String flowLogArn, String accountId, String region, String resourceId,
                        String trafficType, String logGroupName, String deliverLogsPermissionArn, String logFormat,
                        Integer maxAggregationInterval, Long creationTime, List<SubscribedInterface> interfaces) {
        this(flowLogId, flowLogArn, accountId, region, resourceId, trafficType, logGroupName,
                deliverLogsPermissionArn, logFormat, maxAggregationInterval, creationTime, interfaces, accountId);
    }
}
