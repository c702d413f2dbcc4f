package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.EventId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GetLogEventsHandlerTest {

    private static final String G = "/vpc/flow-logs";
    private static final String S = "eni-1";
    private static final String ZEROS = "0".repeat(56);
    private static final long T0 = NOW_MS - 100_000;

    private final LogsFixture logs = new LogsFixture();

    @BeforeEach
    void groupAndStream() {
        logs.createGroup(G);
        logs.createStream(G, S);
    }

    /** Ten events at T0, T0+1000, ..., T0+9000. */
    private void tenEvents() {
        long[] times = new long[10];
        for (int i = 0; i < 10; i++) {
            times[i] = T0 + i * 1000L;
        }
        logs.put(G, S, times);
    }

    private ObjectNode get(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("logGroupName", G, "logStreamName", S));
        body.putAll(extra);
        return logs.run("GetLogEvents", body);
    }

    private static List<Long> times(ObjectNode page) {
        List<Long> times = new ArrayList<>();
        page.get("events").forEach(e -> times.add(e.get("timestamp").asLong()));
        return times;
    }

    private static List<Long> offsets(long... seconds) {
        List<Long> times = new ArrayList<>();
        for (long s : seconds) {
            times.add(T0 + s * 1000);
        }
        return times;
    }

    @Test
    void anEmptyStreamAnswersWithZeroTokens() {
        for (boolean head : List.of(false, true)) {
            ObjectNode page = get(Map.of("startFromHead", head));
            assertEquals(0, page.get("events").size());
            assertEquals("f/" + ZEROS + "/s", page.get("nextForwardToken").asText());
            assertEquals("b/" + ZEROS + "/s", page.get("nextBackwardToken").asText());
        }
    }

    @Test
    void eventsCarryTimestampMessageAndIngestionTime() {
        logs.put(G, S, T0);
        ObjectNode event = (ObjectNode) get(Map.of()).get("events").get(0);
        assertEquals(List.of("timestamp", "message", "ingestionTime"),
                event.properties().stream().map(Map.Entry::getKey).toList());
        assertEquals("m" + T0, event.get("message").asText());
        assertEquals(NOW_MS, event.get("ingestionTime").asLong());
    }

    @Test
    void withoutATokenTheHeadFlagPicksOldestOrNewestPage() {
        tenEvents();
        assertEquals(offsets(6, 7, 8, 9), times(get(Map.of("limit", 4))));
        assertEquals(offsets(0, 1, 2, 3), times(get(Map.of("limit", 4, "startFromHead", true))));
        assertEquals(10, times(get(Map.of())).size());
    }

    @Test
    void tokensAreTheIdsOfThePageEdges() {
        tenEvents();
        ObjectNode page = get(Map.of("limit", 4, "startFromHead", true));
        String forward = page.get("nextForwardToken").asText();
        String backward = page.get("nextBackwardToken").asText();
        EventId last = EventId.parseDecimal(forward.substring(2, forward.length() - 2)).orElseThrow();
        EventId first = EventId.parseDecimal(backward.substring(2, backward.length() - 2)).orElseThrow();
        assertEquals(T0 + 3000, last.timestamp());
        assertEquals(T0, first.timestamp());
        assertEquals(NOW_MS, first.ingestionTime());
        assertEquals(List.of(56, 56), List.of(forward.length() - 4, backward.length() - 4));
    }

    @Test
    void forwardPagingEndsByReturningTheSameToken() {
        tenEvents();
        List<Long> seen = new ArrayList<>();
        ObjectNode page = get(Map.of("limit", 4, "startFromHead", true));
        seen.addAll(times(page));
        List<Integer> sizes = new ArrayList<>(List.of(page.get("events").size()));
        String token = page.get("nextForwardToken").asText();
        while (true) {
            page = get(Map.of("limit", 4, "startFromHead", true, "nextToken", token));
            sizes.add(page.get("events").size());
            seen.addAll(times(page));
            String next = page.get("nextForwardToken").asText();
            if (next.equals(token)) {
                break;
            }
            token = next;
        }
        assertEquals(offsets(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertEquals(List.of(4, 4, 2, 0), sizes);

        logs.put(G, S, T0 + 10_000);
        ObjectNode more = get(Map.of("startFromHead", true, "nextToken", token));
        assertEquals(offsets(10), times(more));
        assertNotEquals(token, more.get("nextForwardToken").asText());
    }

    @Test
    void backwardPagingEndsByReturningTheSameToken() {
        tenEvents();
        ObjectNode page = get(Map.of("limit", 4));
        List<List<Long>> pages = new ArrayList<>(List.of(times(page)));
        String token = page.get("nextBackwardToken").asText();
        while (true) {
            page = get(Map.of("limit", 4, "nextToken", token));
            pages.add(times(page));
            String next = page.get("nextBackwardToken").asText();
            if (next.equals(token)) {
                break;
            }
            token = next;
        }
        assertEquals(List.of(offsets(6, 7, 8, 9), offsets(2, 3, 4, 5), offsets(0, 1), List.of()), pages);
    }

    @Test
    void aBackwardPageCanBeFollowedForwardAgain() {
        tenEvents();
        ObjectNode newest = get(Map.of("limit", 3));
        ObjectNode older = get(Map.of("limit", 3, "nextToken", newest.get("nextBackwardToken").asText()));
        assertEquals(offsets(4, 5, 6), times(older));
        ObjectNode again = get(Map.of("limit", 3, "startFromHead", true,
                "nextToken", older.get("nextForwardToken").asText()));
        assertEquals(offsets(7, 8, 9), times(again));
    }

    @Test
    void startTimeIsInclusiveAndEndTimeExclusive() {
        tenEvents();
        assertEquals(offsets(2, 3, 4), times(get(Map.of("startTime", T0 + 2000, "endTime", T0 + 5000))));
        ObjectNode empty = get(Map.of("startTime", T0 + 2500, "endTime", T0 + 3000, "startFromHead", true));
        assertEquals(List.of(), times(empty));
        ObjectNode first = get(Map.of("startTime", T0 + 2000, "endTime", T0 + 5000, "limit", 2,
                "startFromHead", true));
        ObjectNode rest = get(Map.of("startTime", T0 + 2000, "endTime", T0 + 5000, "limit", 2,
                "startFromHead", true, "nextToken", first.get("nextForwardToken").asText()));
        assertEquals(offsets(4), times(rest));
    }

    @Test
    void legacyTokensWithoutSuffixAreAccepted() {
        tenEvents();
        String token = get(Map.of("limit", 5, "startFromHead", true)).get("nextForwardToken").asText();
        String legacy = token.substring(0, token.length() - 2);
        assertEquals(offsets(5, 6, 7, 8, 9), times(get(Map.of("startFromHead", true, "nextToken", legacy))));
    }

    @Test
    void malformedTokensAreInvalid() {
        for (String token : List.of("f/abc/s", "x/123/s", "f/" + ZEROS + "/t", "f//s", "f/9" + "9".repeat(70))) {
            logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", S, "nextToken", token),
                    "InvalidParameterException", "The specified nextToken is invalid.");
        }
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", S, "nextToken", ""),
                "InvalidParameterException", "1 validation error detected: Value '' at 'nextToken' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void inputIsValidatedLikeAws() {
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", S, "limit", 10_001),
                "InvalidParameterException", "1 validation error detected: Value '10001' at 'limit' failed to "
                        + "satisfy constraint: Member must have value less than or equal to 10000");
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", S, "startTime", -1),
                "InvalidParameterException", "1 validation error detected: Value '-1' at 'startTime' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 0");
        logs.fails("GetLogEvents", Map.of("logGroupName", G), "InvalidParameterException",
                "1 validation error detected: Value null at 'logStreamName' failed to satisfy constraint: "
                        + "Member must not be null");
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", "nope"),
                "ResourceNotFoundException", "The specified log stream does not exist.");
        logs.fails("GetLogEvents", Map.of("logGroupName", "nope", "logStreamName", S),
                "ResourceNotFoundException", "The specified log group does not exist.");
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logStreamName", S, "startFromHead", "true"),
                "SerializationException", "Expected a boolean at 'startFromHead' but found a string");
    }

    @Test
    void theGroupMayBeNamedByArnButNotTwice() {
        logs.put(G, S, T0);
        String arn = LogsArns.logGroup(LogsFixture.REGION, LogsFixture.ACCOUNT, G);
        assertEquals(offsets(0), times(logs.run("GetLogEvents",
                Map.of("logGroupIdentifier", arn, "logStreamName", S))));
        logs.fails("GetLogEvents", Map.of("logGroupName", G, "logGroupIdentifier", arn, "logStreamName", S),
                "ValidationException", "LogGroup name and LogGroup ARN are mutually exclusive parameters.");
    }
}
