package dev.flowsim.emulator.ec2;

import java.time.Instant;
import java.util.Map;

/**
 * One flow log subscription. Immutable: delivery reports make a new value, so a Describe never sees half a change.
 *
 * @param sequence     creation order within the store (Describe order and page tokens follow it)
 * @param creationTime simulated time of creation, millisecond precision as EC2 reports it
 */
public record FlowLog(String flowLogId, long sequence, String accountId, String region, String resourceId,
                      FlowLogSpec spec, Instant creationTime, DeliveryState delivery) {

    /** The only status AWS documents for a flow log. */
    public static final String STATUS_ACTIVE = "ACTIVE";

    public static String arn(String region, String accountId, String flowLogId) {
        return "arn:aws:ec2:" + region + ":" + accountId + ":vpc-flow-log/" + flowLogId;
    }

    public String arn() {
        return arn(region, accountId, flowLogId);
    }

    public String flowLogStatus() {
        return STATUS_ACTIVE;
    }

    public TrafficType trafficType() {
        return spec.trafficType();
    }

    public String logGroupName() {
        return spec.logGroupName();
    }

    /** The account of the log group delivered to: the flow log's own unless LogDestination named another [U]. */
    public String logGroupAccountId() {
        return spec.logGroupAccountId(accountId);
    }

    public Map<String, String> tags() {
        return spec.tags();
    }

    public String deliverLogsStatus() {
        return delivery.deliverLogsStatus();
    }

    /** Null unless the last delivery failed. */
    public String deliverLogsErrorMessage() {
        return delivery.deliverLogsErrorMessage();
    }

    FlowLog withDelivery(DeliveryState next) {
        return new FlowLog(flowLogId, sequence, accountId, region, resourceId, spec, creationTime, next);
    }
}
