package dev.flowsim.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON answers written without Jackson must be the bytes Jackson writes, for every tree shape and every text. */
class PlainJsonWriterTest {

    private static final JsonNodeFactory NODES = JsonProtocol.MAPPER.getNodeFactory();
    private static final String ALPHABET = "az09 -_/:.{}[],\"\\\t\n\u0001\u007f\u00e9\u20ac";

    @Test
    void thePutLogEventsAnswerIsWhatJacksonWrites() throws Exception {
        ObjectNode answer = NODES.objectNode().put("nextSequenceToken", "49039859372948710583942195382730153289");
        answer.putObject("rejectedLogEventsInfo").put("tooOldLogEventEndIndex", 3).put("expiredLogEventEndIndex", 1L);

        byte[] written = new JsonProtocol("Logs_20140328").success("PutLogEvents", answer, "rid").body();

        assertArrayEquals(JsonProtocol.MAPPER.writeValueAsBytes(answer), written);
        assertNotNull(PlainJsonWriter.write(answer), "taken by the plain writer");
    }

    @Test
    void randomTreesAreWrittenByteForByteAsJacksonWritesThem() throws Exception {
        Random random = new Random(7);
        JsonProtocol protocol = new JsonProtocol("Logs_20140328");
        int plain = 0;
        for (int i = 0; i < 2_000; i++) {
            ObjectNode tree = randomObject(random, 0);
            byte[] written = protocol.success("Op", tree, "rid").body();
            assertEquals(JsonProtocol.MAPPER.writeValueAsString(tree),
                    new String(written, java.nio.charset.StandardCharsets.UTF_8), "tree " + i);
            if (PlainJsonWriter.write(tree) != null) {
                plain++;
            }
        }
        assertTrue(plain > 200 && plain < 1_900, "trees the plain writer took: " + plain);
    }

    @Test
    void aMissingResultIsAnEmptyObject() {
        assertEquals("{}", new JsonProtocol("Logs_20140328").success("Op", null, "rid").bodyAsUtf8());
    }

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode node = NODES.objectNode();
        int members = random.nextInt(4);
        for (int m = 0; m < members; m++) {
            node.set(randomText(random) + m, randomValue(random, depth));
        }
        return node;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 9 : 7);
        return switch (kind) {
            case 0, 1 -> NODES.textNode(randomText(random));
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> random.nextBoolean() ? NODES.nullNode() : NODES.numberNode(new BigDecimal("1.50"));
            case 6 -> NODES.numberNode(random.nextDouble());
            case 7 -> randomObject(random, depth + 1);
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    /** Mostly plain text; now and then a char Jackson escapes or writes as more than one byte. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(random.nextInt(40) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                    : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
