package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;

/** A flow log as a DescribeFlowLogs {@code flowLogSet/item}, with EC2's element names from the FlowLog shape. */
final class FlowLogXml {

    private FlowLogXml() {
    }

    static void item(XmlElement item, FlowLog f) {
        item.add("creationTime", Ec2Xml.timestamp(f.creationTime()));
        item.add("deliverLogsErrorMessage", f.deliverLogsErrorMessage());
        item.add("deliverLogsPermissionArn", f.spec().deliverLogsPermissionArn());
        item.add("deliverLogsStatus", f.deliverLogsStatus());
        item.add("flowLogId", f.flowLogId());
        item.add("flowLogStatus", f.flowLogStatus());
        item.add("logGroupName", f.logGroupName());
        item.add("resourceId", f.resourceId());
        item.add("trafficType", f.trafficType().name());
        item.add("logDestinationType", f.spec().logDestinationType().wireName());
        // Only when the request named the group by ARN: real outputs for groups named by LogGroupName omit it [O].
        item.add("logDestination", f.spec().logDestination());
        item.add("logFormat", f.spec().logFormat());
        Ec2Xml.tagSet(item, f.tags());
        item.add("maxAggregationInterval", f.spec().maxAggregationInterval());
    }
}
