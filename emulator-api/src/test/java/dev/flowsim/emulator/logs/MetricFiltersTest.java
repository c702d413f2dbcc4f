package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.logs.filters.MetricFilterMeters;
import dev.flowsim.emulator.logs.subscription.SubscriptionDestinations;
import dev.flowsim.emulator.protocol.JsonProtocol;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PutMetricFilter / DescribeMetricFilters / DeleteMetricFilter and the values they publish at ingestion. */
class MetricFiltersTest {

    static final String GROUP = "/vpc/flow-logs";
    static final String STREAM = "eni-1235b8ca123456789-all";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LogsAnalysis analysis = LogsAnalysis.create(new LogsAnalysis.Wiring(meters, new IamState(),
            new DecisionLog(100), new SubscriptionDestinations(), Clock.systemUTC(), 1L));
    final LogsFixture fx = new LogsFixture(analysis);

    @AfterEach
    void close() {
        analysis.close();
    }

    static ObjectNode filter(String name, String pattern, String metricName, String value) {
        ObjectNode body = JsonProtocol.MAPPER.createObjectNode();
        body.put("logGroupName", GROUP).put("filterName", name).put("filterPattern", pattern);
        body.putArray("metricTransformations").addObject().put("metricName", metricName)
                .put("metricNamespace", "VPC").put("metricValue", value);
        return body;
    }

    static ObjectNode transformation(ObjectNode body) {
        return (ObjectNode) body.get("metricTransformations").get(0);
    }

    void putEvents(List<String> messages) {
        ObjectNode body = JsonProtocol.MAPPER.createObjectNode();
        body.put("logGroupName", GROUP).put("logStreamName", STREAM);
        ArrayNode events = body.putArray("logEvents");
        messages.forEach(m -> events.addObject().put("timestamp", LogsFixture.NOW_MS - 1000).put("message", m));
        fx.run("PutLogEvents", body);
    }

    void createGroupAndStream() {
        fx.createGroup(GROUP);
        fx.createStream(GROUP, STREAM);
    }

    @TestFactory
    List<DynamicTest> valuesPublishedForTheReferenceFlowLogLines() throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/filters/metric-values.json")) {
            file = JsonProtocol.MAPPER.readTree(in);
        }
        List<String> events = new ArrayList<>();
        file.get("events").forEach(e -> events.add(e.asText()));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : file.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                try (LogsAnalysis own = LogsAnalysis.create(new LogsAnalysis.Wiring(registry, new IamState(),
                        new DecisionLog(10), new SubscriptionDestinations(), Clock.systemUTC(), 1L))) {
                    LogsFixture logs = new LogsFixture(own);
                    logs.createGroup(GROUP);
                    logs.createStream(GROUP, STREAM);
                    ObjectNode body = filter("f", c.get("pattern").asText(), "M", c.get("metricValue").asText());
                    if (c.has("defaultValue")) {
                        transformation(body).put("defaultValue", c.get("defaultValue").asDouble());
                    }
                    if (c.has("dimensions")) {
                        transformation(body).set("dimensions", c.get("dimensions"));
                    }
                    logs.run("PutMetricFilter", body);
                    ObjectNode put = JsonProtocol.MAPPER.createObjectNode();
                    put.put("logGroupName", GROUP).put("logStreamName", STREAM);
                    ArrayNode list = put.putArray("logEvents");
                    events.forEach(m -> list.addObject().put("timestamp", LogsFixture.NOW_MS).put("message", m));
                    logs.run("PutLogEvents", put);

                    Map<String, double[]> actual = new HashMap<>();
                    for (DistributionSummary s : registry.find(MetricFilterMeters.METER).summaries()) {
                        actual.put(s.getId().getTag("dimensions"), new double[] {s.count(), s.totalAmount()});
                    }
                    Map<String, double[]> expected = new HashMap<>();
                    c.get("expect").properties().forEach(e -> expected.put(e.getKey(),
                            new double[] {e.getValue().get("count").asDouble(), e.getValue().get("sum").asDouble()}));
                    assertEquals(expected.keySet(), actual.keySet(), "dimension sets");
                    expected.forEach((dims, v) -> {
                        assertEquals(v[0], actual.get(dims)[0], "sample count of " + dims);
                        assertEquals(v[1], actual.get(dims)[1], 1e-9, "sum of " + dims);
                    });
                    double skipped = registry.find(MetricFilterMeters.SKIPPED).counters().stream()
                            .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
                    assertEquals(c.path("skipped").asDouble(0), skipped, "skipped values");
                }
            }));
        }
        return tests;
    }

    @Test
    void describeListsFiltersAsAwsRecordsThemAndLogGroupsCountThem() {
        createGroupAndStream();
        ObjectNode body = filter("rejected-ssh", "[..., action = REJECT, status]", "RejectedSSH", "1");
        transformation(body).put("defaultValue", 0.0).put("unit", "Count");
        fx.run("PutMetricFilter", body);
        fx.run("PutMetricFilter", filter("bytes", "", "Bytes", "$bytes"));

        ObjectNode described = fx.run("DescribeMetricFilters", "{\"logGroupName\":\"" + GROUP + "\"}");
        JsonNode first = described.get("metricFilters").get(0);
        assertEquals("bytes", first.get("filterName").asText(), "ASCII-sorted by name");
        JsonNode ssh = described.get("metricFilters").get(1);
        assertEquals("[..., action = REJECT, status]", ssh.get("filterPattern").asText());
        assertEquals(LogsFixture.NOW_MS, ssh.get("creationTime").asLong());
        assertEquals(GROUP, ssh.get("logGroupName").asText());
        assertFalse(ssh.get("applyOnTransformedLogs").asBoolean());
        JsonNode t = ssh.get("metricTransformations").get(0);
        assertEquals("RejectedSSH", t.get("metricName").asText());
        assertEquals(0.0, t.get("defaultValue").asDouble());
        assertEquals("Count", t.get("unit").asText());
        assertNull(first.get("metricTransformations").get(0).get("defaultValue"), "absent when not given");

        JsonNode group = fx.run("DescribeLogGroups", "{}").get("logGroups").get(0);
        assertEquals(2, group.get("metricFilterCount").asInt());

        assertEquals(1, fx.run("DescribeMetricFilters", "{\"logGroupName\":\"" + GROUP
                + "\",\"filterNamePrefix\":\"rej\"}").get("metricFilters").size());
        JsonNode byMetric = fx.run("DescribeMetricFilters",
                "{\"metricName\":\"Bytes\",\"metricNamespace\":\"VPC\"}").get("metricFilters");
        assertEquals(1, byMetric.size());
        assertEquals("bytes", byMetric.get(0).get("filterName").asText());
        fx.fails("DescribeMetricFilters", "{\"metricName\":\"Bytes\"}", "InvalidParameterException", null);
    }

    @Test
    void describePagesWithTokens() {
        createGroupAndStream();
        for (int i = 0; i < 5; i++) {
            fx.run("PutMetricFilter", filter("f" + i, "", "M" + i, "1"));
        }
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            ObjectNode request = JsonProtocol.MAPPER.createObjectNode().put("logGroupName", GROUP).put("limit", 2);
            if (token != null) {
                request.put("nextToken", token);
            }
            ObjectNode page = fx.run("DescribeMetricFilters", request);
            page.get("metricFilters").forEach(f -> names.add(f.get("filterName").asText()));
            token = page.has("nextToken") ? page.get("nextToken").asText() : null;
        } while (token != null);
        assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), names);
        fx.fails("DescribeMetricFilters", "{\"nextToken\":\"nonsense\"}", "InvalidParameterException",
                "The specified nextToken is invalid.");
    }

    @Test
    void theHundredAndFirstFilterIsOverTheLimitButReplacingOneIsNot() {
        createGroupAndStream();
        for (int i = 0; i < 100; i++) {
            fx.run("PutMetricFilter", filter(String.format("f%03d", i), "", "M", "1"));
        }
        fx.fails("PutMetricFilter", filter("one-more", "", "M", "1"), "LimitExceededException",
                "Resource limit exceeded.");
        fx.run("PutMetricFilter", filter("f000", "REJECT", "M", "1"));
        assertEquals(100, fx.run("DescribeLogGroups", "{}").get("logGroups").get(0).get("metricFilterCount").asInt());
    }

    @Test
    void invalidRequestsAreRefusedWithAwsMessagesAndChangeNothing() {
        createGroupAndStream();
        ObjectNode two = filter("f", "", "metric1", "1");
        ((ArrayNode) two.get("metricTransformations")).addObject().put("metricName", "metric2")
                .put("metricNamespace", "namespace2").put("metricValue", "1");
        transformation(two).put("metricNamespace", "namespace1");
        fx.fails("PutMetricFilter", two, "InvalidParameterException", "1 validation error detected: Value "
                + "'[MetricTransformation(metricName=metric1, metricNamespace=namespace1, metricValue=1, "
                + "defaultValue=null, unit=null, dimensions=null), MetricTransformation(metricName=metric2, "
                + "metricNamespace=namespace2, metricValue=1, defaultValue=null, unit=null, dimensions=null)]' at "
                + "'metricTransformations' failed to satisfy constraint: Member must have length less than or "
                + "equal to 1");
        fx.fails("PutMetricFilter", filter("x".repeat(513), "", "M", "1"), "InvalidParameterException",
                "1 validation error detected: Value '" + "x".repeat(513) + "' at 'filterName' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 512");
        fx.fails("DeleteMetricFilter", "{\"logGroupName\":\"" + "g".repeat(513) + "\",\"filterName\":\"f\"}",
                "InvalidParameterException",
                "Invalid LogGroup or LogStream, both must have length less than or equal to 512.");
        ObjectNode both = filter("f", "[a, b]", "M", "1");
        transformation(both).put("defaultValue", 0.0).putObject("dimensions").put("A", "$a");
        fx.fails("PutMetricFilter", both, "InvalidParameterException",
                "Invalid metric transformation: dimensions and default value are mutually exclusive properties");
        ObjectNode terms = filter("f", "ERROR", "M", "1");
        transformation(terms).putObject("dimensions").put("A", "$a");
        fx.fails("PutMetricFilter", terms, "InvalidParameterException",
                "The specified filter pattern does not support dimensions");
        fx.fails("PutMetricFilter", filter("f", "[a, b", "M", "1"), "InvalidParameterException", null);
        fx.fails("PutMetricFilter", filter("f", "", "M", "one"), "InvalidParameterException", null);
        ObjectNode unknownGroup = filter("f", "", "M", "1").put("logGroupName", "/nope");
        fx.fails("PutMetricFilter", unknownGroup, "ResourceNotFoundException",
                "The specified log group does not exist.");
        fx.fails("DeleteMetricFilter", "{\"logGroupName\":\"" + GROUP + "\",\"filterName\":\"f\"}",
                "ResourceNotFoundException", null);
        assertEquals(0, fx.run("DescribeMetricFilters", "{}").get("metricFilters").size());
    }

    @Test
    void deletingTheFilterOrItsGroupRemovesItsMetric() {
        createGroupAndStream();
        fx.run("PutMetricFilter", filter("rejects", "REJECT", "Rejects", "1"));
        fx.run("PutMetricFilter", filter("all", "", "All", "1"));
        putEvents(List.of("a REJECT", "b ACCEPT"));
        assertEquals(1.0, summary("Rejects").count());
        assertEquals(2.0, summary("All").count());

        fx.run("DeleteMetricFilter", "{\"logGroupName\":\"" + GROUP + "\",\"filterName\":\"rejects\"}");
        assertTrue(meters.find(MetricFilterMeters.METER).tag("metric", "Rejects").meters().isEmpty());
        putEvents(List.of("c REJECT"));
        assertTrue(meters.find(MetricFilterMeters.METER).tag("metric", "Rejects").meters().isEmpty(),
                "a deleted filter publishes nothing");
        assertEquals(3.0, summary("All").count());

        fx.run("DeleteLogGroup", "{\"logGroupName\":\"" + GROUP + "\"}");
        java.util.Collection<Meter> left = meters.find(MetricFilterMeters.METER).meters();
        assertTrue(left.isEmpty(), "the group's metrics went with it: " + left);
        fx.createGroup(GROUP);
        assertEquals(0, fx.run("DescribeMetricFilters", "{}").get("metricFilters").size(),
                "a group created again under the same name starts without filters");
    }

    private DistributionSummary summary(String metric) {
        return meters.find(MetricFilterMeters.METER).tag("metric", metric).summary();
    }
}
