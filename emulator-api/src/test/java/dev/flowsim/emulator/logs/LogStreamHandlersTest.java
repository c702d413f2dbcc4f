package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.logs.LogsFixture.NOW;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** CreateLogStream and DescribeLogStreams. */
class LogStreamHandlersTest {

    private static final String GROUP = "/vpc/flow-logs";

    private final LogsFixture logs = new LogsFixture();

    private List<String> names(ObjectNode result) {
        List<String> names = new ArrayList<>();
        result.get("logStreams").forEach(s -> names.add(s.get("logStreamName").asText()));
        return names;
    }

    private ObjectNode describe(Object body) {
        return logs.run("DescribeLogStreams", body);
    }

    @Test
    void createsStreamsOnlyInExistingGroupsAndOnlyOnce() {
        logs.fails("CreateLogStream", Map.of("logGroupName", GROUP, "logStreamName", "eni-1"),
                "ResourceNotFoundException", "The specified log group does not exist.");
        logs.createGroup(GROUP);
        logs.createStream(GROUP, "eni-1");
        logs.fails("CreateLogStream", Map.of("logGroupName", GROUP, "logStreamName", "eni-1"),
                "ResourceAlreadyExistsException", "The specified log stream already exists");
    }

    @Test
    void streamNamesRejectColonsAndStars() {
        logs.createGroup(GROUP);
        logs.fails("CreateLogStream", Map.of("logGroupName", GROUP, "logStreamName", "a:b"),
                "InvalidParameterException", "1 validation error detected: Value 'a:b' at 'logStreamName' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*");
        logs.fails("CreateLogStream", "{}", "InvalidParameterException", "2 validation errors detected: "
                + "Value null at 'logGroupName' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'logStreamName' failed to satisfy constraint: Member must not be null");
        logs.fails("CreateLogStream", Map.of("logGroupName", GROUP, "logStreamName", "s".repeat(513)),
                "InvalidParameterException", "1 validation error detected: Value '" + "s".repeat(513)
                        + "' at 'logStreamName' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 512");
    }

    @Test
    void newStreamShowsNameCreationTimeArnAndZeroStoredBytesOnly() {
        logs.createGroup(GROUP);
        logs.createStream(GROUP, "eni-1");
        JsonNode s = describe(Map.of("logGroupName", GROUP)).get("logStreams").get(0);
        assertEquals("eni-1", s.get("logStreamName").asText());
        assertEquals(NOW_MS, s.get("creationTime").asLong());
        assertEquals("arn:aws:logs:eu-west-1:111122223333:log-group:/vpc/flow-logs:log-stream:eni-1",
                s.get("arn").asText());
        assertEquals(0, s.get("storedBytes").asLong());
        assertFalse(s.has("firstEventTimestamp"));
        assertFalse(s.has("lastEventTimestamp"));
        assertFalse(s.has("lastIngestionTime"));
        assertFalse(s.has("uploadSequenceToken"));
    }

    @Test
    void eventTimesAndTheLastSequenceTokenAppearOnceEventsExist() {
        logs.createGroup(GROUP);
        logs.createStream(GROUP, "eni-1");
        logs.put(GROUP, "eni-1", NOW_MS - 5000, NOW_MS - 1000);
        logs.now = NOW.plusSeconds(30);
        String token = logs.put(GROUP, "eni-1", NOW_MS - 9000).get("nextSequenceToken").asText();
        JsonNode s = describe(Map.of("logGroupName", GROUP)).get("logStreams").get(0);
        assertEquals(NOW_MS - 9000, s.get("firstEventTimestamp").asLong());
        assertEquals(NOW_MS - 1000, s.get("lastEventTimestamp").asLong());
        assertEquals(NOW_MS + 30_000, s.get("lastIngestionTime").asLong());
        assertEquals(token, s.get("uploadSequenceToken").asText());
        assertEquals(0, s.get("storedBytes").asLong());
    }

    @Test
    void groupByIdentifierNameOrArnButNotBoth() {
        logs.createGroup(GROUP);
        logs.createStream(GROUP, "eni-1");
        String arn = LogsArns.logGroup(LogsFixture.REGION, LogsFixture.ACCOUNT, GROUP);
        assertEquals(List.of("eni-1"), names(describe(Map.of("logGroupIdentifier", arn))));
        assertEquals(List.of("eni-1"), names(describe(Map.of("logGroupIdentifier", GROUP))));
        logs.fails("DescribeLogStreams", Map.of("logGroupName", GROUP, "logGroupIdentifier", arn),
                "ValidationException", "LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        logs.fails("DescribeLogStreams", "{}", "ValidationException", null);
        logs.fails("DescribeLogStreams", Map.of("logGroupIdentifier", arn + ":*"), "InvalidParameterException",
                "1 validation error detected: Value '" + arn + ":*' at 'logGroupIdentifier' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w#+=/:,.@-]*");
        logs.fails("DescribeLogStreams", Map.of("logGroupIdentifier",
                        LogsArns.logGroup("us-east-1", LogsFixture.ACCOUNT, GROUP)),
                "ResourceNotFoundException", "The specified log group does not exist.");
    }

    @Test
    void ordersByNameEitherWayAndFiltersByPrefix() {
        logs.createGroup(GROUP);
        List.of("eni-b", "eni-a", "x", "eni-c").forEach(s -> logs.createStream(GROUP, s));
        assertEquals(List.of("eni-a", "eni-b", "eni-c", "x"), names(describe(Map.of("logGroupName", GROUP))));
        assertEquals(List.of("x", "eni-c", "eni-b", "eni-a"),
                names(describe(Map.of("logGroupName", GROUP, "descending", true))));
        assertEquals(List.of("eni-a", "eni-b", "eni-c"),
                names(describe(Map.of("logGroupName", GROUP, "logStreamNamePrefix", "eni-"))));
    }

    @Test
    void ordersByLastEventTime() {
        logs.createGroup(GROUP);
        List.of("late", "early", "empty").forEach(s -> logs.createStream(GROUP, s));
        logs.put(GROUP, "late", NOW_MS - 1000);
        logs.put(GROUP, "early", NOW_MS - 9000);
        assertEquals(List.of("empty", "early", "late"),
                names(describe(Map.of("logGroupName", GROUP, "orderBy", "LastEventTime"))));
        assertEquals(List.of("late", "early", "empty"), names(describe(
                Map.of("logGroupName", GROUP, "orderBy", "LastEventTime", "descending", true))));
        logs.fails("DescribeLogStreams", Map.of("logGroupName", GROUP, "orderBy", "LastEventTime",
                "logStreamNamePrefix", "e"), "InvalidParameterException",
                "Cannot order by LastEventTime with a logStreamNamePrefix.");
        logs.fails("DescribeLogStreams", Map.of("logGroupName", GROUP, "orderBy", "Size"),
                "InvalidParameterException", "1 validation error detected: Value 'Size' at 'orderBy' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [LogStreamName, LastEventTime]");
    }

    @Test
    void pagesInEitherOrderAndDirection() {
        logs.createGroup(GROUP);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logs.createStream(GROUP, "s" + i);
            logs.put(GROUP, "s" + i, NOW_MS - 10_000 + (i % 2 == 0 ? i : 100 + i));
        }
        for (String order : List.of("LogStreamName", "LastEventTime")) {
            for (boolean desc : List.of(false, true)) {
                List<String> all = names(describe(Map.of("logGroupName", GROUP, "orderBy", order,
                        "descending", desc)));
                expected.clear();
                String token = null;
                int pages = 0;
                do {
                    Map<String, Object> body = new HashMap<>(Map.of("logGroupName", GROUP,
                            "orderBy", order, "descending", desc, "limit", 2));
                    if (token != null) {
                        body.put("nextToken", token);
                    }
                    ObjectNode page = describe(body);
                    expected.addAll(names(page));
                    token = page.has("nextToken") ? page.get("nextToken").asText() : null;
                    pages++;
                } while (token != null);
                assertEquals(all, expected, order + " descending=" + desc);
                assertEquals(3, pages);
            }
        }
    }

    @Test
    void tokensOfAnotherOrderAreInvalid() {
        logs.createGroup(GROUP);
        List.of("a", "b").forEach(s -> logs.createStream(GROUP, s));
        String token = describe(Map.of("logGroupName", GROUP, "limit", 1)).get("nextToken").asText();
        logs.fails("DescribeLogStreams", Map.of("logGroupName", GROUP, "descending", true, "nextToken", token),
                "InvalidParameterException", "The specified nextToken is invalid.");
        logs.fails("DescribeLogStreams", Map.of("logGroupName", GROUP, "nextToken", "%%%"),
                "InvalidParameterException", "The specified nextToken is invalid.");
        assertEquals(List.of("b"), names(describe(Map.of("logGroupName", GROUP, "nextToken", token))));
    }

    @Test
    void missingGroupIsReportedAfterValidation() {
        logs.fails("DescribeLogStreams", Map.of("logGroupName", "nope"), "ResourceNotFoundException",
                "The specified log group does not exist.");
        logs.fails("DescribeLogStreams", Map.of("logGroupName", "nope", "limit", 0), "InvalidParameterException",
                "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
    }
}
