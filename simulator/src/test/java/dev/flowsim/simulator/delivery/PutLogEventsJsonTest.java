package dev.flowsim.simulator.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The hand-written request body reads back as the events it was written from; error types read as AWS's. */
class PutLogEventsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCharacterThatJsonMustEscapeSurvivesTheRoundTrip() throws Exception {
        String awkward = "q\" b\\ n\n r\r t\t bs\b ff\f nul\u0000 us\u001f del\u007f é 日本 🚀 /slash";
        byte[] body = PutLogEventsJson.body("/group \"x\"", "eni-1-all", List.of(new LogEvent(1_700_000_000_123L,
                awkward), new LogEvent(1_700_000_000_124L, "plain")));
        JsonNode read = JSON.readTree(body);
        assertEquals("/group \"x\"", read.get("logGroupName").asText());
        assertEquals("eni-1-all", read.get("logStreamName").asText());
        assertEquals(awkward, read.get("logEvents").get(0).get("message").asText());
        assertEquals(1_700_000_000_123L, read.get("logEvents").get(0).get("timestamp").asLong());
        assertEquals("plain", read.get("logEvents").get(1).get("message").asText());
    }

    @Test
    void errorTypesLoseTheirNamespaceAndSuffixAsTheSdkReadsThem() {
        assertEquals("ThrottlingException", DirectLogsRequests.bareCode("ThrottlingException"));
        assertEquals("ResourceNotFoundException",
                DirectLogsRequests.bareCode("com.amazonaws.logs#ResourceNotFoundException"));
        assertEquals("AccessDeniedException", DirectLogsRequests.bareCode("AccessDeniedException:http://x/"));
        assertNull(DirectLogsRequests.bareCode(""));
        assertNull(DirectLogsRequests.bareCode(null));
    }
}
