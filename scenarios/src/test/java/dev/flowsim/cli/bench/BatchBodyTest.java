package dev.flowsim.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The load's reused body carries the stamped time in every event, as valid JSON, each time it is stamped anew. */
class BatchBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventCarriesTheLatestStampAndTheLinesStayIntact() throws Exception {
        byte[][] lines = FlowLogLines.generate(25, 7);
        IngestLoad.BatchBody body = new IngestLoad.BatchBody("/g", "s", lines);
        for (long stamp : new long[] {1_735_732_800_123L, 1_735_732_800_124L, 9_999_999_999_999L}) {
            JsonNode parsed = JSON.readTree(body.at(stamp));
            assertEquals("/g", parsed.get("logGroupName").asText());
            assertEquals(25, parsed.get("logEvents").size());
            for (int i = 0; i < lines.length; i++) {
                JsonNode event = parsed.get("logEvents").get(i);
                assertEquals(stamp, event.get("timestamp").asLong(), "event " + i);
                assertEquals(new String(lines[i], StandardCharsets.US_ASCII), event.get("message").asText());
            }
        }
    }
}
