package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DescribeLogGroupsHandlerTest {

    private final LogsFixture logs = new LogsFixture();

    private List<String> names(ObjectNode result) {
        List<String> names = new ArrayList<>();
        result.get("logGroups").forEach(g -> names.add(g.get("logGroupName").asText()));
        return names;
    }

    @Test
    void reportsTheFieldsAwsReports() {
        logs.createGroup("/vpc/flow-logs");
        logs.createStream("/vpc/flow-logs", "eni-1");
        logs.run("PutLogEvents", LogsFixture.putBody("/vpc/flow-logs", "eni-1", NOW_MS, NOW_MS)); // 2 x "m<ts>"
        JsonNode g = logs.run("DescribeLogGroups", "{}").get("logGroups").get(0);
        String arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/vpc/flow-logs";
        assertEquals(List.of("logGroupName", "creationTime", "metricFilterCount", "arn", "storedBytes",
                "logGroupClass", "logGroupArn", "deletionProtectionEnabled"), fieldNames(g));
        assertEquals(NOW_MS, g.get("creationTime").asLong());
        assertEquals(0, g.get("metricFilterCount").asInt());
        assertEquals(arn + ":*", g.get("arn").asText());
        assertEquals(arn, g.get("logGroupArn").asText());
        assertEquals(2L * ("m" + NOW_MS).length(), g.get("storedBytes").asLong());
        assertEquals("STANDARD", g.get("logGroupClass").asText());
        assertFalse(g.get("deletionProtectionEnabled").asBoolean());
    }

    @Test
    void retentionAndKmsKeyAppearOnlyWhenSet() {
        logs.run("CreateLogGroup", Map.of("logGroupName", "enc", "kmsKeyId", "arn:aws:kms:eu-west-1:1:key/k"));
        logs.store.group(ACCOUNT, REGION, "enc").orElseThrow().setRetentionInDays(30);
        JsonNode g = logs.run("DescribeLogGroups", "{}").get("logGroups").get(0);
        assertEquals(30, g.get("retentionInDays").asInt());
        assertEquals("arn:aws:kms:eu-west-1:1:key/k", g.get("kmsKeyId").asText());
    }

    @Test
    void listsOnlyTheCallersGroupsInAsciiOrder() {
        for (String name : List.of("b", "B", "a", "_x", "/z")) {
            logs.createGroup(name);
        }
        logs.store.createGroup("444455556666", REGION, "other-account", LogGroupSettings.DEFAULTS, 0);
        logs.store.createGroup(ACCOUNT, "us-east-1", "other-region", LogGroupSettings.DEFAULTS, 0);
        assertEquals(List.of("/z", "B", "_x", "a", "b"), names(logs.run("DescribeLogGroups", "{}")));
    }

    @Test
    void prefixIsCaseSensitive() {
        List.of("/vpc/a", "/vpc/b", "/VPC/c", "/other").forEach(logs::createGroup);
        assertEquals(List.of("/vpc/a", "/vpc/b"),
                names(logs.run("DescribeLogGroups", "{\"logGroupNamePrefix\":\"/vpc/\"}")));
    }

    @Test
    void patternIsACaseSensitiveSubstringAndHidesStoredBytes() {
        List.of("aws/DataLogs", "GroupDataLogs", "datalogs", "other").forEach(n -> logs.store.createGroup(
                ACCOUNT, REGION, n, LogGroupSettings.DEFAULTS, 0));
        ObjectNode result = logs.run("DescribeLogGroups", "{\"logGroupNamePattern\":\"DataLogs\"}");
        assertEquals(List.of("GroupDataLogs", "aws/DataLogs"), names(result));
        assertFalse(result.get("logGroups").get(0).has("storedBytes"));
        assertFalse(result.get("logGroups").get(0).has("deletionProtectionEnabled"));
    }

    @Test
    void prefixAndPatternAreMutuallyExclusive() {
        logs.fails("DescribeLogGroups", "{\"logGroupNamePrefix\":\"a\",\"logGroupNamePattern\":\"b\"}",
                "InvalidParameterException",
                "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
    }

    @Test
    void limitMustBeBetween1And50() {
        logs.fails("DescribeLogGroups", "{\"limit\":0}", "InvalidParameterException",
                "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
        logs.fails("DescribeLogGroups", "{\"limit\":51}", "InvalidParameterException",
                "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 50");
        logs.fails("DescribeLogGroups", "{\"limit\":\"5\"}", "SerializationException",
                "Expected a 32-bit integer at 'limit' but found a string");
    }

    @Test
    void pagesThroughAllGroupsWithOpaqueTokens() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add("g" + i);
            logs.createGroup("g" + i);
        }
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            String body = token == null ? "{\"limit\":3}" : "{\"limit\":3,\"nextToken\":\"" + token + "\"}";
            ObjectNode page = logs.run("DescribeLogGroups", body);
            pageSizes.add(page.get("logGroups").size());
            seen.addAll(names(page));
            token = page.has("nextToken") ? page.get("nextToken").asText() : null;
        } while (token != null);
        assertEquals(all, seen);
        assertEquals(List.of(3, 3, 1), pageSizes);
    }

    @Test
    void pagingKeepsTheFilter() {
        List.of("/a/1", "/a/2", "/a/3", "/b/1").forEach(logs::createGroup);
        ObjectNode first = logs.run("DescribeLogGroups", "{\"logGroupNamePrefix\":\"/a/\",\"limit\":2}");
        ObjectNode second = logs.run("DescribeLogGroups", Map.of("logGroupNamePrefix", "/a/", "limit", 2,
                "nextToken", first.get("nextToken").asText()));
        assertEquals(List.of("/a/3"), names(second));
        assertFalse(second.has("nextToken"));
    }

    @Test
    void foreignOrGarbageTokensAreInvalid() {
        logs.fails("DescribeLogGroups", "{\"nextToken\":\"not-a-token\"}", "InvalidParameterException",
                "The specified nextToken is invalid.");
        String streamsToken = PageTokens.encode("DescribeLogStreams", List.of("LogStreamName", "false", "0", "s"));
        logs.fails("DescribeLogGroups", Map.of("nextToken", streamsToken), "InvalidParameterException",
                "The specified nextToken is invalid.");
    }

    @Test
    void filtersByClassAndByIdentifiers() {
        logs.createGroup("std");
        logs.run("CreateLogGroup", Map.of("logGroupName", "cold", "logGroupClass", "INFREQUENT_ACCESS"));
        logs.createGroup("third");
        assertEquals(List.of("cold"),
                names(logs.run("DescribeLogGroups", "{\"logGroupClass\":\"INFREQUENT_ACCESS\"}")));
        String arn = LogsArns.logGroup(REGION, ACCOUNT, "third");
        assertEquals(List.of("std", "third"), names(logs.run("DescribeLogGroups",
                Map.of("logGroupIdentifiers", List.of("std", arn, "missing")))));
        logs.fails("DescribeLogGroups", Map.of("logGroupIdentifiers", List.of("std"), "logGroupNamePrefix", "s"),
                "InvalidParameterException", null);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
