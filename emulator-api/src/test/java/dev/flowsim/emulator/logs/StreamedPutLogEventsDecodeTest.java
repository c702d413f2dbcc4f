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
        // Edges of the byte-level decode (RawLogEvents, RawBodyDecoder): each must match the tree exactly.
        " [ { \"timestamp\" : %T , \"message\" : \"spaced out\" } ,\n\t{\"message\":\"b\",\"timestamp\":%T}\r\n] ",
        "[{\"timestamp\":01,\"message\":\"leading zero\"}]",
        "[{\"timestamp\":-0,\"message\":\"minus zero\"}]",
        "[{\"timestamp\":-,\"message\":\"bare minus\"}]",
        "[{\"timestamp\":1e3,\"message\":\"exponent\"}]",
        "[{\"timestamp\":100000000000000000,\"message\":\"18 digits\"}]",
        "[{\"timestamp\":1000000000000000000,\"message\":\"19 digits\"}]",
        "[{\"timestamp\":9223372036854775808,\"message\":\"past long\"}]",
        "[{\"timestamp\":%Tx,\"message\":\"junk after number\"}]",
        // Timestamps across the eight-digits-at-a-time boundary, and non-digits just past a word of digits.
        "[{\"timestamp\":1234567,\"message\":\"7 digits\"},{\"timestamp\":12345678,\"message\":\"8\"}]",
        "[{\"timestamp\":123456789,\"message\":\"9\"},{\"timestamp\":1234567890123456,\"message\":\"16\"}]",
        "[{\"timestamp\":12345678901234567,\"message\":\"17\"},{\"timestamp\":99999999,\"message\":\"8\"}]",
        "[{\"timestamp\":12345678:,\"message\":\"colon after eight digits\"}]",
        "[{\"timestamp\":1234567/,\"message\":\"slash in the eighth byte\"}]",
        "[{\"timestamp\":1234567890123456.0,\"message\":\"fraction after sixteen digits\"}]",
        "[{\"timestamp\":-12345678,\"message\":\"negative eight digits\"}]",
        "[{\"timestamp\":0000000012,\"message\":\"eight leading zeros\"}]",
        "[{\"message\":\"late timestamp at the very end\",\"timestamp\":%T}]",
        // The compact shape read with word compares (9 to 15 digits, no whitespace) and its near misses.
        "[{\"timestamp\":123456789,\"message\":\"nine\"},{\"timestamp\":123456789012345,\"message\":\"15\"}]",
        "[{\"timestamp\":012345678901,\"message\":\"compact leading zero\"}]",
        "[{\"timestamp\":%T,\"message\":\"sixteen bytes!!\\\"\"},{\"timestamp\":%T ,\"message\":\"space\"}]",
        "[{\"timestamp\":%T,\"message\":\"a message of more than sixteen bytes with a \\\\ late\"}]",
        "[{\"timestamp\":%T,\"message\":\"x\" },{\"timestamp\":%T,\"message\" :\"y\"}]",
        // Member names that share a word with the two the byte-level decode compares a word at a time.
        "[{\"timestamps\":%T,\"message\":\"x\"}]",
        "[{\"timestamp\":%T,\"messages\":\"x\"}]",
        "[{\"timeStamp\":%T,\"message\":\"x\"}]",
        "[{\"timestamp\":%T,\"Message\":\"x\"}]",
        "[{\"timestamp\":%T,\"messag\":\"x\"}]",
        "[{\"timestamp\":%T,\"message",
        "[{\"timestamp\":%T,\"message\":\"a 12345678 \\\" quote after a word\"}]",
        "[{\"timestamp\":%T,\"message\":\"del \u007f and raw\u007f\"}]",
        "[{\"timestamp\":%T,\"message\":\"unterminated}]",
        "[{\"timestamp\":%T,\"message\":\"x\"},]",
        "[{\"timestamp\":%T,\"message\":\"x\"} {\"timestamp\":%T,\"message\":\"y\"}]",
        "[{\"timestamp\":%T \"message\":\"no comma\"}]",
        "[{\"timestamp\":%T,\"timestamp\":%T}]",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"sequenceToken\":null",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"sequenceToken\":nullx",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"log\\u0047roupName\":\"escaped name\"",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"\":\"empty name\"",
        "[{\"timestamp\":%T,\"message\":\"x\"}], \"logEvents\":[]",
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
    void randomBodiesDecodeAlikeOnEveryPath() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String[] pieces = {"a", "Z", "9", " ", "~", "\\\"", "\\\\", "\\n", "\\u0041", "é", "€", "\u007f", "{", "]", ","};
        String[] gaps = {"", "", "", " ", "\n", "\t", "\r\n "};
        for (int round = 0; round < 150; round++) {
            StringBuilder events = new StringBuilder("[");
            int count = 1 + random.nextInt(4);
            for (int e = 0; e < count; e++) {
                StringBuilder message = new StringBuilder();
                int length = random.nextInt(40);
                for (int k = 0; k < length; k++) {
                    message.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)]
                            : (char) ('a' + random.nextInt(26)));
                }
                String gap = gaps[random.nextInt(gaps.length)];
                String timestamp = gap + "\"timestamp\"" + gap + ":" + gap + timestampText(random) + gap;
                String text = gap + "\"message\":" + gap + "\"" + message + "\"" + gap;
                events.append(e == 0 ? "" : "," + gap).append('{')
                        .append(random.nextBoolean() ? timestamp + "," + text : text + "," + timestamp).append('}');
            }
            String body = HEAD + events + "]}";
            String viaTree;
            try {
                viaTree = outcome(body, false);
            } catch (IllegalArgumentException unparsable) {
                viaTree = "SerializationException";
            }
            String viaStream;
            try {
                viaStream = outcome(body, true);
            } catch (AwsException e) {
                viaStream = e.code();
            }
            assertEquals(viaTree, viaStream, body);
        }
    }

    /** Mostly recent times; sometimes a number of 1 to 20 digits, with leading zeros or a sign now and then. */
    private static String timestampText(java.util.SplittableRandom random) {
        if (random.nextInt(3) > 0) {
            return Long.toString(T - random.nextInt(1000));
        }
        StringBuilder digits = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
        int length = 1 + random.nextInt(20);
        for (int k = 0; k < length; k++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    @Test
    void printableAsciiIsReadStraightFromTheBytesAndAnythingElseIsLeftToTheParser() {
        byte[] plain = "[{\"timestamp\":5,\"message\":\"flow log line 12345678\"}] rest"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var member = RawLogEvents.decode(plain, 0, 10_000, 140);
        assertNotNull(member);
        assertEquals("flow log line 12345678", ((EventBatch) member.value()).message(0));
        assertEquals(5, ((EventBatch) member.value()).timestamp(0));
        assertEquals(' ', (char) plain[member.end()]);
        for (String other : List.of("[{\"timestamp\":5,\"message\":\"caf\u00e9\"}]",
                "[{\"timestamp\":5,\"message\":\"tab\\t\"}]", "[{\"timestamp\":5,\"message\":\"x\",\"k\":1}]")) {
            assertNull(RawLogEvents.decode(other.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 10_000, 140),
                    other);
        }
        byte[] two = "[{\"timestamp\":1,\"message\":\"a\"},{\"timestamp\":2,\"message\":\"b\"}]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertNull(RawLogEvents.decode(two, 0, 1, 140), "more events than the limit");
    }

    @Test
    void invalidUtf8InAMessageIsASerializationErrorOnEveryPath() {
        LogsFixture logs = new LogsFixture();
        // A bad continuation byte, a byte never used in UTF-8, a truncated sequence.
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xE2, (byte) 0x82})) {
            byte[] head = (HEAD + "[{\"timestamp\":" + T + ",\"message\":\"ok ")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] tail = "\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            assertNull(RawLogEvents.decode(body, HEAD.length(), 10_000, 140),
                    "non-ASCII bytes are never taken by the byte-level decode");
            WireRequest request = new WireRequest("POST", "/", "",
                    List.of(Map.entry("X-Amz-Target", "Logs_20140328.PutLogEvents")), body, "127.0.0.1");
            AwsException error = org.junit.jupiter.api.Assertions.assertThrows(AwsException.class,
                    () -> logs.service.protocol().decodeInput(request));
            assertEquals("SerializationException", error.code());
        }
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
