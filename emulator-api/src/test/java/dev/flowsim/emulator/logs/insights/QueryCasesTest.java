package dev.flowsim.emulator.logs.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs src/test/resources/insights/*.json: each query's rows as GetQueryResults shows them, and parse errors. */
class QueryCasesTest {

    @TestFactory
    Stream<DynamicTest> vpcQueries() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/insights/vpc-queries.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        List<InsightsEvent> events = new ArrayList<>();
        for (JsonNode e : doc.get("events")) {
            long ts = e.get("timestamp").asLong();
            events.add(InsightsEvent.of(ts, ts + 60_000, "eni-1235b8ca123456789-all", "123456789010:/vpc/flowlogs",
                    e.get("message").asText(), e.get("id").asText()));
        }
        Collections.reverse(events);
        List<InsightsEvent> encoded = events.stream().<InsightsEvent>map(StoredBytesEvent::new).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            String query = c.get("query").asText();
            tests.add(DynamicTest.dynamicTest(query, () -> {
                QueryResult result = QueryEngine.run(Query.compile(query), events.iterator(), 10_000, () -> false);
                List<List<ResultField>> expected = new ArrayList<>();
                for (JsonNode row : c.get("rows")) {
                    List<ResultField> fields = new ArrayList<>();
                    row.fields().forEachRemaining(f -> fields.add(new ResultField(f.getKey(), f.getValue().asText())));
                    expected.add(fields);
                }
                assertEquals(expected, result.rows(), query);
                assertEquals(c.get("matched").asLong(), result.recordsMatched(), "recordsMatched");
                assertEquals(events.size(), result.recordsScanned(), "recordsScanned");
                // The same events as the store hands them (UTF-8 bytes, fields read in place): the same answer.
                QueryResult fromBytes = QueryEngine.run(Query.compile(query), encoded.iterator(), 10_000, () -> false);
                assertEquals(result, fromBytes, "bytes vs text: " + query);
            }));
        }
        for (JsonNode c : doc.get("malformed")) {
            String query = c.get("query").asText();
            tests.add(DynamicTest.dynamicTest("malformed: " + query, () -> {
                MalformedQueryException e = assertThrows(MalformedQueryException.class, () -> Query.compile(query));
                assertTrue(e.getMessage().startsWith(c.get("startsWith").asText()), e.getMessage());
                assertTrue(e.startCharOffset() <= e.endCharOffset() && e.endCharOffset() <= query.length(),
                        "location within the query");
            }));
        }
        return tests.stream();
    }

    /** An event whose message is given as UTF-8 bytes inside a larger array, as the store's scan gives it. */
    private static final class StoredBytesEvent extends EncodedEvent {
        private final InsightsEvent text;

        StoredBytesEvent(InsightsEvent text) {
            super(("<>" + text.message()).getBytes(StandardCharsets.UTF_8), 2,
                    text.message().getBytes(StandardCharsets.UTF_8).length);
            this.text = text;
        }

        public long timestamp() {
            return text.timestamp();
        }

        public long ingestionTime() {
            return text.ingestionTime();
        }

        public String logStream() {
            return text.logStream();
        }

        public String log() {
            return text.log();
        }

        public String ptr() {
            return text.ptr();
        }
    }
}
