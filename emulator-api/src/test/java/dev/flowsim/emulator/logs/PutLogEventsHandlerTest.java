package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.StoredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static dev.flowsim.emulator.logs.LogsFixture.putBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PutLogEventsHandlerTest {

    private static final String G = "/vpc/flow-logs";
    private static final String S = "eni-1";
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private final LogsFixture logs = new LogsFixture();

    @BeforeEach
    void groupAndStream() {
        logs.createGroup(G);
        logs.createStream(G, S);
    }

    private List<StoredEvent> stored() {
        return logs.store.events(ACCOUNT, REGION, G, S);
    }

    private List<Long> storedTimes() {
        return stored().stream().map(StoredEvent::timestamp).toList();
    }

    @Test
    void storesTheBatchStampedWithTheSimulatedTime() {
        ObjectNode result = logs.put(G, S, NOW_MS - 2000, NOW_MS - 1000);
        assertTrue(result.get("nextSequenceToken").asText().matches("[0-9]{56}"));
        assertFalse(result.has("rejectedLogEventsInfo"));
        List<StoredEvent> events = stored();
        assertEquals(List.of(NOW_MS - 2000, NOW_MS - 1000), storedTimes());
        assertEquals("m" + (NOW_MS - 2000), events.get(0).message());
        assertEquals(NOW_MS, events.get(1).ingestionTime());
    }

    @Test
    void everyCallGetsANewSequenceTokenAndIncomingTokensAreIgnored() {
        String first = logs.put(G, S, NOW_MS).get("nextSequenceToken").asText();
        ObjectNode body = putBody(G, S, NOW_MS);
        body.put("sequenceToken", "whatever-stale-token");
        String second = logs.run("PutLogEvents", body).get("nextSequenceToken").asText();
        assertFalse(first.equals(second));
        assertEquals(2, stored().size());
    }

    @Test
    void missingMembersAreAllReported() {
        logs.fails("PutLogEvents", "{}", "InvalidParameterException", "3 validation errors detected: "
                + "Value null at 'logGroupName' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'logStreamName' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'logEvents' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void anEmptyBatchIsTooShort() {
        logs.fails("PutLogEvents", putBody(G, S), "InvalidParameterException",
                "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void eventMembersAreValidatedWithOneBasedPaths() {
        String body = "{\"logGroupName\":\"" + G + "\",\"logStreamName\":\"" + S + "\",\"logEvents\":["
                + "{\"timestamp\":1,\"message\":\"ok\"},{\"message\":\"\"},{\"timestamp\":-5}],\"sequenceToken\":\"\"}";
        logs.fails("PutLogEvents", body, "InvalidParameterException", "5 validation errors detected: "
                + "Value null at 'logEvents.2.member.timestamp' failed to satisfy constraint: Member must not be null; "
                + "Value '' at 'logEvents.2.member.message' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1; "
                + "Value '-5' at 'logEvents.3.member.timestamp' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 0; "
                + "Value null at 'logEvents.3.member.message' failed to satisfy constraint: Member must not be null; "
                + "Value '' at 'sequenceToken' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1");
    }

    @Test
    void atMost10000EventsPerBatch() {
        long[] times = new long[10_001];
        Arrays.fill(times, NOW_MS);
        String message = logs.fails("PutLogEvents", putBody(G, S, times), "InvalidParameterException", null)
                .getMessage();
        assertTrue(message.startsWith("1 validation error detected: Value '[{"), message.substring(0, 60));
        assertTrue(message.endsWith("}]' at 'logEvents' failed to satisfy constraint: "
                + "Member must have length less than or equal to 10000"));
        logs.put(G, S, Arrays.copyOf(times, 10_000));
        assertEquals(10_000, stored().size());
    }

    @Test
    void wrongJsonTypesAreSerializationErrors() {
        logs.fails("PutLogEvents", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":{}}",
                "SerializationException", "Expected a list at 'logEvents' but found an object");
        logs.fails("PutLogEvents", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":"
                        + "[{\"timestamp\":\"1\",\"message\":\"x\"}]}", "SerializationException",
                "Expected a 64-bit integer at 'logEvents.1.member.timestamp' but found a string");
        logs.fails("PutLogEvents", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[7]}",
                "SerializationException", "Expected a structure at 'logEvents.1.member' but found an integer");
        logs.fails("PutLogEvents", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":"
                        + "[{\"timestamp\":1.5,\"message\":\"x\"}]}", "SerializationException",
                "Expected a 64-bit integer at 'logEvents.1.member.timestamp' but found a decimal number");
    }

    @Test
    void groupAndStreamMustExist() {
        logs.fails("PutLogEvents", putBody("nope", S, NOW_MS), "ResourceNotFoundException",
                "The specified log group does not exist.");
        logs.fails("PutLogEvents", putBody(G, "nope", NOW_MS), "ResourceNotFoundException",
                "The specified log stream does not exist.");
    }

    @Test
    void outOfOrderBatchesAreRefusedWhole() {
        logs.fails("PutLogEvents", putBody(G, S, NOW_MS, NOW_MS - 1), "InvalidParameterException",
                "Log events in a single PutLogEvents request must be in chronological order.");
        logs.put(G, S, NOW_MS, NOW_MS, NOW_MS);
        assertEquals(3, stored().size());
    }

    @Test
    void tooOldAndTooNewEventsAreSkippedAndReportedByIndex() {
        long old = NOW_MS - 15 * DAY;
        long future = NOW_MS + 3 * HOUR;
        ObjectNode result = logs.put(G, S, old, old + 1, old + 2, NOW_MS - 1000, NOW_MS, future);
        JsonNode info = result.get("rejectedLogEventsInfo");
        assertEquals(3, info.get("tooOldLogEventEndIndex").asInt());
        assertEquals(5, info.get("tooNewLogEventStartIndex").asInt());
        assertFalse(info.has("expiredLogEventEndIndex"));
        assertEquals(List.of(NOW_MS - 1000, NOW_MS), storedTimes());
    }

    @Test
    void theAcceptWindowIncludesItsEdges() {
        long oldest = NOW_MS - 14 * DAY;
        long newest = NOW_MS + 2 * HOUR;
        assertFalse(logs.put(G, S, oldest).has("rejectedLogEventsInfo"));
        assertFalse(logs.put(G, S, newest).has("rejectedLogEventsInfo"));
        JsonNode info = logs.put(G, S, oldest - 1, NOW_MS, newest + 1).get("rejectedLogEventsInfo");
        assertEquals(1, info.get("tooOldLogEventEndIndex").asInt());
        assertEquals(2, info.get("tooNewLogEventStartIndex").asInt());
        assertEquals(List.of(oldest, NOW_MS, newest), storedTimes());
    }

    @Test
    void eventsBeforeTheRetentionPeriodAreExpired() {
        logs.store.group(ACCOUNT, REGION, G).orElseThrow().setRetentionInDays(1);
        JsonNode info = logs.put(G, S, NOW_MS - 3 * DAY, NOW_MS - 2 * DAY, NOW_MS)
                .get("rejectedLogEventsInfo");
        assertEquals(2, info.get("expiredLogEventEndIndex").asInt());
        assertFalse(info.has("tooOldLogEventEndIndex"));
        assertEquals(List.of(NOW_MS), storedTimes());
    }

    @Test
    void aBatchWhoseAcceptedEventsSpanOver24HoursIsRefused() {
        logs.fails("PutLogEvents", putBody(G, S, NOW_MS - DAY - 1, NOW_MS), "InvalidParameterException",
                "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
        assertTrue(stored().isEmpty());
        logs.put(G, S, NOW_MS - DAY, NOW_MS);
        // The too-old event lies days before the others but is not counted in the span.
        JsonNode info = logs.put(G, S, NOW_MS - 20 * DAY, NOW_MS - HOUR, NOW_MS).get("rejectedLogEventsInfo");
        assertEquals(1, info.get("tooOldLogEventEndIndex").asInt());
        assertEquals(4, stored().size());
    }

    @Test
    void aBatchOfOnlyRejectedEventsStillAnswersWithAToken() {
        ObjectNode result = logs.put(G, S, NOW_MS + DAY);
        assertEquals(0, result.get("rejectedLogEventsInfo").get("tooNewLogEventStartIndex").asInt());
        assertTrue(result.has("nextSequenceToken"));
        assertTrue(stored().isEmpty());
    }
}
