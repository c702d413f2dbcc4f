package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.StoredEvent;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.wire.WireRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The streaming decode of PutLogEvents must be indistinguishable from the tree decode: the same stored events and
 * response for every body, and the same error (code and message) for every bad one.
 */
class StreamedPutLogEventsDecodeTest {

    private static final String HEAD = "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":";
    private static final long T = NOW.toEpochMilli();

    /** Runs the body through the given decode path and describes the outcome a client would see. */
    private static String outcome(String body, boolean streaming) {
        LogsFixture logs = new LogsFixture();
        logs.createGroup("g");
        logs.createStream("g", "s");
        JsonNode json = streaming ? (JsonNode) logs.service.protocol().decodeInput(request(body))
                : LogsFixture.toTree(body);
        Call call = new Call("req-1", "logs", "PutLogEvents", REGION,
                new Caller(Principal.root(ACCOUNT), "test", null, null), NOW, json, null, "127.0.0.1");
        try {
            ObjectNode result = logs.handler("PutLogEvents").handle(call);
            result.remove("nextSequenceToken");
            List<StoredEvent> stored = logs.store.events(ACCOUNT, REGION, "g", "s");
            return result + " " + stored.stream().map(e -> e.timestamp() + "=" + e.message()).toList();
        } catch (AwsException e) {
            return e.code() + ": " + e.getMessage();
        }
    }

    private static WireRequest request(String body) {
        return WireRequest.of("POST", "/", "", List.of(Map.entry("X-Amz-Target", "Logs_20140328.PutLogEvents")),
                body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"timestamp\":%T,\"message\":\"plain\"},{\"timestamp\":%T,\"message\":\"second\"}]",
        "[{\"message\":\"message first\",\"timestamp\":%T}]",
        "[{\"timestamp\":%T,\"message\":\"caf\\u00e9 \\u20ac \\ud83d\\ude00 \\\" \\\\ \\n tab\\t\"}]",
        "[{\"timestamp\":%T,\"message\":\"lone \\ud800 surrogate\"}]",
        "[{\"timestamp\":%T,\"message\":\"é€😀 raw\"}]",
        "[{\"timestamp\":%T,\"message\":\"\"}]",
        "[{\"timestamp\":-1,\"message\":\"\"},{\"timestamp\":-2,\"message\":\"x\"}]",
        "[{\"timestamp\":%T,\"message\":\"x\",\"extra\":1}]",
        "[{\"timestamp\":%T,\"message\":\"x\",\"message\":\"y\"}]",
        "[{\"timestamp\":%T}]",
        "[{\"timestamp\":null,\"message\":\"x\"}]",
        "[{\"timestamp\":\"1\",\"message\":\"x\"}]",
        "[{\"timestamp\":1.5,\"message\":\"x\"}]",
        "[{\"timestamp\":123456789012345678901234567890,\"message\":\"x\"}]",
        "[{\"timestamp\":%T,\"message\":7}]",
        "[1]",
        "[null]",
        "[]",
        "null",
        "{}",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"sequenceToken\":\"\"",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"logGroupName\":\"again\"",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"entity\":5",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"entity\":{\"a\":{\"b\":1,\"b\":2}}",
        "[{\"timestamp\":%T,\"message\":\"x\"}]} trailing",
        "[{\"timestamp\":%T,\"message\":\"x\"}",
        "[{\"timestamp\":%T,\"message\":\"x\"},{\"timestamp\":1,\"message\":\"older\"}]",
    })
    void bothDecodePathsGiveTheSameOutcome(String events) {
        String body = HEAD + events.replace("%T", Long.toString(T)) + (events.endsWith("trailing") ? "" : "}");
        String viaTree;
        try {
            viaTree = outcome(body, false);
        } catch (IllegalArgumentException unparsable) {
            // The tree decoder of the fixture cannot read it either; the protocol must answer SerializationException.
            viaTree = "SerializationException";
        }
        String viaStream;
        try {
            viaStream = outcome(body, true);
        } catch (AwsException e) {
            viaStream = e.code();
        }
        assertEquals(viaTree, viaStream);
    }

    @Test
    void thePlainShapeIsStreamedAndOthersAreLeftToTheTree() {
        LogsFixture logs = new LogsFixture();
        JsonNode plain = (JsonNode) logs.service.protocol().decodeInput(
                request(HEAD + "[{\"timestamp\":1,\"message\":\"a\"}]}"));
        EventBatch batch = LogEventsDecoder.streamed(plain);
        assertNotNull(batch);
        assertEquals("a", batch.message(0));
        JsonNode unusual = (JsonNode) logs.service.protocol().decodeInput(
                request(HEAD + "[{\"timestamp\":1,\"message\":\"a\",\"other\":true}]}"));
        assertNull(LogEventsDecoder.streamed(unusual));
    }

    @Test
    void oneEventTooManyIsLeftToTheTreeAndRefusedWithAwsMessage() {
        StringBuilder events = new StringBuilder("[");
        for (int i = 0; i < 10_001; i++) {
            events.append(i == 0 ? "" : ",").append("{\"timestamp\":").append(T).append(",\"message\":\"m\"}");
        }
        String body = HEAD + events + "]}";
        String viaStream = outcome(body, true);
        assertEquals(outcome(body, false), viaStream);
        assertEquals(true, viaStream.startsWith("InvalidParameterException: 1 validation error detected: Value '[{"),
                viaStream.substring(0, 80));
    }
}
