package dev.flowsim.emulator.logs.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the data-driven cases in src/test/resources/filter: which messages each pattern matches, and AWS's errors. */
class FilterPatternCasesTest {

    @TestFactory
    Stream<DynamicTest> vpcFlowLogs() throws IOException {
        return cases("/filter/vpc-flow-logs.json");
    }

    @TestFactory
    Stream<DynamicTest> jsonEvents() throws IOException {
        return cases("/filter/json-events.json");
    }

    private static Stream<DynamicTest> cases(String resource) throws IOException {
        JsonNode doc;
        try (InputStream in = FilterPatternCasesTest.class.getResourceAsStream(resource)) {
            doc = new ObjectMapper().readTree(in);
        }
        List<Map.Entry<String, JsonNode>> messages = new ArrayList<>();
        doc.get("messages").fields().forEachRemaining(messages::add);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            String pattern = c.get("pattern").asText();
            List<String> expected = new ArrayList<>();
            c.get("matches").forEach(m -> expected.add(m.asText()));
            tests.add(DynamicTest.dynamicTest("matches " + pattern, () -> {
                FilterPattern compiled = FilterPattern.compile(pattern);
                List<String> actual = new ArrayList<>();
                for (Map.Entry<String, JsonNode> m : messages) {
                    String message = m.getValue().asText();
                    boolean matches = compiled.matches(message);
                    byte[] stored = ("xx" + message + "yy").getBytes(StandardCharsets.UTF_8);
                    // The store's scan hands the matcher bytes inside a larger array: same answer as the text.
                    assertEquals(matches, compiled.matches(stored, 2, stored.length - 4),
                            () -> "bytes vs text for " + m.getKey());
                    if (matches) {
                        actual.add(m.getKey());
                    }
                }
                assertEquals(expected, actual, pattern);
            }));
        }
        for (Iterator<JsonNode> it = doc.get("invalid").elements(); it.hasNext(); ) {
            JsonNode c = it.next();
            String pattern = c.get("pattern").asText();
            tests.add(DynamicTest.dynamicTest("rejects " + pattern, () -> {
                InvalidFilterPatternException e = assertThrows(InvalidFilterPatternException.class,
                        () -> FilterPattern.compile(pattern));
                if (c.has("message")) {
                    assertEquals(c.get("message").asText(), e.getMessage());
                } else {
                    assertTrue(e.getMessage().startsWith(c.get("messageStartsWith").asText()), e.getMessage());
                }
            }));
        }
        return tests.stream();
    }
}
