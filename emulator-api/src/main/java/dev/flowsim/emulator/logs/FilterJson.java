package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filters.MetricFilter;
import dev.flowsim.emulator.logs.filters.MetricTransformation;
import dev.flowsim.emulator.logs.filters.SubscriptionFilter;
import dev.flowsim.emulator.protocol.JsonProtocol;

/** Metric and subscription filters as Describe* return them (member order and optional members as AWS records). */
final class FilterJson {

    private FilterJson() {
    }

    static ObjectNode metricFilter(MetricFilter filter, String groupName) {
        ObjectNode node = JsonProtocol.MAPPER.createObjectNode();
        node.put("filterName", filter.filterName());
        node.put("filterPattern", filter.filterPattern());
        MetricTransformation t = filter.transformation();
        ObjectNode out = node.putArray("metricTransformations").addObject();
        out.put("metricName", t.metricName());
        out.put("metricNamespace", t.metricNamespace());
        out.put("metricValue", t.metricValue());
        if (t.defaultValue() != null) {
            out.put("defaultValue", t.defaultValue());
        }
        if (!t.dimensions().isEmpty()) {
            ObjectNode dimensions = out.putObject("dimensions");
            t.dimensions().forEach(dimensions::put);
        }
        if (t.unit() != null) {
            out.put("unit", t.unit());
        }
        node.put("creationTime", filter.creationTime());
        node.put("logGroupName", groupName);
        node.put("applyOnTransformedLogs", false);
        return node;
    }

    static ObjectNode subscriptionFilter(SubscriptionFilter filter, String groupName) {
        ObjectNode node = JsonProtocol.MAPPER.createObjectNode();
        node.put("filterName", filter.filterName());
        node.put("logGroupName", groupName);
        node.put("filterPattern", filter.filterPattern());
        node.put("destinationArn", filter.destinationArn());
        if (filter.roleArn() != null) {
            node.put("roleArn", filter.roleArn());
        }
        node.put("distribution", filter.distribution());
        node.put("applyOnTransformedLogs", false);
        node.put("creationTime", filter.creationTime());
        return node;
    }
}
