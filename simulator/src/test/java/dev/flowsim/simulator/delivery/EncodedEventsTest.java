package dev.flowsim.simulator.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Stored events read back as the events they were built from, and the byte paths (batch sizing, the PutLogEvents
 * body) give exactly what the String paths give for the same events, awkward characters included.
 */
class EncodedEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_767_225_600_000L;
    /** Characters JSON must escape, Latin-1 beyond ASCII, a BMP and a supplementary character. */
    private static final String ALPHABET = "ab z09-.:\" \\ \n\r\t\b\f\u0000\u001f\u007f é\u00ff日🚀";

    @Test
    void latin1LinesAreStoredAsUtf8AndReadBackAsTheSameText() {
        byte[] latin1 = "2 123 eni-1 café ÿ".getBytes(StandardCharsets.ISO_8859_1);
        EncodedEvents events = new EncodedEvents.Builder()
                .addLatin1(T0, latin1, 0, latin1.length)
                .add(T0 + 1, "日本 🚀")
                .build();
        assertEquals(List.of(new LogEvent(T0, "2 123 eni-1 café ÿ"), new LogEvent(T0 + 1, "日本 🚀")), events);
        assertEquals(new LogEvent(T0, "2 123 eni-1 café ÿ").utf8Bytes(), events.byteLength(0));
        assertEquals(new LogEvent(T0 + 1, "日本 🚀").utf8Bytes(), events.byteLength(1));
    }

    @Test
    void aBuilderStartsEmptyAgainAfterEachBuild() {
        EncodedEvents.Builder builder = new EncodedEvents.Builder();
        EncodedEvents first = builder.add(T0, "one").add(T0, "two").build();
        EncodedEvents second = builder.add(T0 + 5, "three").build();
        assertEquals(List.of(new LogEvent(T0, "one"), new LogEvent(T0, "two")), first);
        assertEquals(List.of(new LogEvent(T0 + 5, "three")), second);
        assertEquals(List.of(), builder.build());
    }

    @Test
    void whatAnEventRefusesTheBuilderRefusesToo() {
        EncodedEvents.Builder builder = new EncodedEvents.Builder();
        assertThrows(IllegalArgumentException.class, () -> builder.add(T0, ""));
        assertThrows(IllegalArgumentException.class, () -> builder.add(-1, "x"));
        assertThrows(IllegalArgumentException.class, () -> builder.addLatin1(T0, new byte[4], 0, 0));
        assertEquals(0, builder.build().size());
    }

    @Test
    void storedEventsAreImmutable() {
        EncodedEvents events = new EncodedEvents.Builder().add(T0, "x").build();
        assertThrows(UnsupportedOperationException.class, () -> events.add(new LogEvent(T0, "y")));
        assertThrows(UnsupportedOperationException.class, () -> events.remove(0));
    }

    @Test
    void theBodyFromBytesIsTheBodyFromStringsForAnyText() throws Exception {
        Random random = new Random(20261127L);
        for (int round = 0; round < 200; round++) {
            List<LogEvent> plain = randomEvents(random, 1 + random.nextInt(20));
            EncodedEvents encoded = encode(plain);
            byte[] fromBytes = PutLogEventsJson.body("/group \"g\"", "eni-1-all", encoded);
            byte[] fromStrings = PutLogEventsJson.body("/group \"g\"", "eni-1-all", List.copyOf(plain));
            assertArrayEquals(fromStrings, fromBytes, "round " + round);
            JsonNode read = JSON.readTree(fromBytes).get("logEvents");
            for (int i = 0; i < plain.size(); i++) {
                assertEquals(plain.get(i).message(), read.get(i).get("message").asText());
                assertEquals(plain.get(i).timestamp(), read.get(i).get("timestamp").asLong());
            }
        }
    }

    @Test
    void everyByteBelowSpaceIsEscapedSoTheBodyParses() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        controls.append("\"\\/");
        EncodedEvents encoded = new EncodedEvents.Builder().add(T0, controls.toString()).build();
        byte[] body = PutLogEventsJson.body("g", "s", encoded);
        for (byte b : body) {
            assertEquals(true, b >= 0x20, "raw control byte " + b + " in the body");
        }
        assertEquals(controls.toString(), JSON.readTree(body).get("logEvents").get(0).get("message").asText());
    }

    @Test
    void sliceOfASliceBodyHoldsJustItsEvents() throws Exception {
        EncodedEvents encoded = encode(List.of(new LogEvent(T0, "a"), new LogEvent(T0 + 1, "b\""),
                new LogEvent(T0 + 2, "c"), new LogEvent(T0 + 3, "d")));
        EncodedEvents middle = encoded.subList(1, 4).subList(0, 2);
        assertEquals(List.of(new LogEvent(T0 + 1, "b\""), new LogEvent(T0 + 2, "c")), middle);
        JsonNode read = JSON.readTree(PutLogEventsJson.body("g", "s", middle)).get("logEvents");
        assertEquals(2, read.size());
        assertEquals("b\"", read.get(0).get("message").asText());
        assertEquals(T0 + 2, read.get(1).get("timestamp").asLong());
    }

    @Test
    void storedEventsPackIntoTheSameBatchesAsEventObjects() {
        Random random = new Random(7L);
        BatchPacker packer = new BatchPacker(new BatchLimits(7, 400, 26, Duration.ofMillis(40)));
        for (int round = 0; round < 200; round++) {
            List<LogEvent> plain = randomEvents(random, random.nextInt(60));
            List<List<LogEvent>> fromBytes = packer.pack(encode(plain));
            assertEquals(packer.pack(List.copyOf(plain)), fromBytes, "round " + round);
            fromBytes.forEach(batch -> assertInstanceOf(EncodedEvents.class, batch));
        }
    }

    @Test
    void storedEventsOutOfOrderAreRefusedAsEventObjectsAre() {
        EncodedEvents encoded = encode(List.of(new LogEvent(T0 + 1, "a"), new LogEvent(T0, "b")));
        assertThrows(IllegalArgumentException.class,
                () -> new BatchPacker(BatchLimits.CLOUDWATCH_LOGS).pack(encoded));
    }

    @Test
    void plainAsciiLinesOfEveryLengthTakeTheCopyPathAndGiveTheStringPathsBody() throws Exception {
        Random random = new Random(20261128L);
        String plainAlphabet = "abcxyz0189 -.:/=ACGZ";
        for (int round = 0; round < 300; round++) {
            EncodedEvents.Builder builder = new EncodedEvents.Builder();
            List<LogEvent> plain = new ArrayList<>();
            long timestamp = T0 + random.nextInt(5) * 1000L;
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                StringBuilder line = new StringBuilder();
                for (int length = 1 + random.nextInt(40); length > 0; length--) {
                    line.append(plainAlphabet.charAt(random.nextInt(plainAlphabet.length())));
                }
                timestamp += random.nextInt(2) * 1000L;
                byte[] latin1 = ("##" + line + "#").getBytes(StandardCharsets.ISO_8859_1);
                builder.addLatin1(timestamp, latin1, 2, latin1.length - 3);
                plain.add(new LogEvent(timestamp, line.toString()));
            }
            EncodedEvents encoded = builder.build();
            assertEquals(plain, encoded, "round " + round);
            assertFalse(encoded.needsEscaping(), "round " + round);
            assertArrayEquals(PutLogEventsJson.body("g", "s", List.copyOf(plain)),
                    PutLogEventsJson.body("g", "s", encoded), "round " + round);
        }
    }

    @Test
    void oneLineThatNeedsEscapingMakesTheWholeStoreEscapeAndEverySliceStaysByteIdentical() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 200; round++) {
            List<LogEvent> plain = randomEvents(random, 2 + random.nextInt(20));
            EncodedEvents.Builder builder = new EncodedEvents.Builder();
            for (LogEvent event : plain) {
                byte[] latin1 = event.message().getBytes(StandardCharsets.ISO_8859_1);
                if (new String(latin1, StandardCharsets.ISO_8859_1).equals(event.message())) {
                    builder.addLatin1(event.timestamp(), latin1, 0, latin1.length);
                } else {
                    builder.add(event.timestamp(), event.message());
                }
            }
            EncodedEvents encoded = builder.build();
            assertEquals(plain, encoded, "round " + round);
            int from = random.nextInt(plain.size());
            int to = from + 1 + random.nextInt(plain.size() - from);
            assertArrayEquals(PutLogEventsJson.body("g", "s", List.copyOf(plain.subList(from, to))),
                    PutLogEventsJson.body("g", "s", encoded.subList(from, to)), "round " + round);
        }
    }

    @Test
    void theWordScanAgreesWithAByteByByteLookAtAnyBytes() {
        Random random = new Random(20261130L);
        byte[] interesting = {0, 0x1f, 0x20, 0x21, '"', '\\', 'a', 0x7f, (byte) 0x80, (byte) 0xa2, (byte) 0xdc, -1};
        for (int round = 0; round < 5000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? interesting[random.nextInt(interesting.length)]
                        : (byte) ('a' + random.nextInt(26));
            }
            int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int count = random.nextInt(bytes.length - offset + 1);
            int expected = 0;
            for (int i = offset; i < offset + count; i++) {
                expected |= bytes[i] < 0 ? ByteScan.NON_ASCII : 0;
                expected |= bytes[i] >= 0 && (bytes[i] < 0x20 || bytes[i] == '"' || bytes[i] == '\\')
                        ? ByteScan.ESCAPES : 0;
            }
            assertEquals(expected, ByteScan.of(bytes, offset, count), "round " + round);
        }
    }

    @Test
    void timestampsAreWrittenAsTheirDecimalDigitsWhetherRepeatedOrNot() {
        Random random = new Random(20261131L);
        ByteJson json = new ByteJson(16);
        StringBuilder expected = new StringBuilder();
        long[] edges = {0, 9, 10, 99, 100, 99_999, 100_000, 100_001, 199_999, 200_000, 999_999_999_999L,
                1_000_000_000_000L, T0, T0, T0 + 1, T0 + 99_999, T0 - 1, T0 + 100_000, 5, Long.MAX_VALUE};
        for (long value : edges) {
            json.digits(value);
            json.raw((byte) ',');
            expected.append(value).append(',');
            assertEquals(Long.toString(value).length(), ByteJson.digitsOf(value));
        }
        for (int i = 0; i < 2000; i++) {
            long value = switch (random.nextInt(4)) {
                case 0 -> T0 + random.nextInt(3) * 1000L;
                case 1 -> T0 + random.nextInt(400_000);
                case 2 -> random.nextInt(300_000);
                default -> random.nextLong() >>> 1;
            };
            json.digits(value);
            json.raw((byte) ',');
            expected.append(value).append(',');
            assertEquals(Long.toString(value).length(), ByteJson.digitsOf(value));
        }
        assertEquals(expected.toString(), new String(json.finish(), StandardCharsets.US_ASCII));
    }

    private static EncodedEvents encode(List<LogEvent> events) {
        EncodedEvents.Builder builder = new EncodedEvents.Builder();
        events.forEach(event -> builder.add(event.timestamp(), event.message()));
        return builder.build();
    }

    /** Events in timestamp order (ties included), each message 1 to 30 code points of {@link #ALPHABET}. */
    private static List<LogEvent> randomEvents(Random random, int count) {
        int[] codePoints = ALPHABET.codePoints().toArray();
        List<LogEvent> events = new ArrayList<>();
        long timestamp = T0;
        for (int i = 0; i < count; i++) {
            timestamp += random.nextInt(3) * random.nextInt(15);
            StringBuilder message = new StringBuilder();
            for (int n = 1 + random.nextInt(30); n > 0; n--) {
                message.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            events.add(new LogEvent(timestamp, message.toString()));
        }
        return events;
    }
}
