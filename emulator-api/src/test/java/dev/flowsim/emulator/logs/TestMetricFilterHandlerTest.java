package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TestMetricFilter on flow-log lines: matches numbered from 1, extracted values, AWS's pattern error. */
class TestMetricFilterHandlerTest {

    private static final String L2 = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249"
            + " 1418530010 1418530070 REJECT OK";
    private static final String L1 = "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20"
            + " 4249 1418530010 1418530070 ACCEPT OK";

    private final LogsFixture fx = new LogsFixture();

    @Test
    void reportsMatchingEventsWithExtractedValues() {
        ObjectNode out = fx.run("TestMetricFilter", Map.of(
                "filterPattern", "[..., bytes, start, end, action = REJECT, status]",
                "logEventMessages", List.of(L1, L2)));
        assertEquals(1, out.get("matches").size());
        ObjectNode match = (ObjectNode) out.get("matches").get(0);
        assertEquals(2, match.get("eventNumber").asInt());
        assertEquals(L2, match.get("eventMessage").asText());
        assertEquals("4249", match.get("extractedValues").get("$bytes").asText());
        assertEquals("REJECT", match.get("extractedValues").get("$action").asText());
    }

    @Test
    void invalidPatternIsAwsInvalidParameterException() {
        fx.fails("TestMetricFilter", Map.of("filterPattern", "172.31.9.69", "logEventMessages", List.of(L1)),
                "InvalidParameterException", "Invalid character(s) in term '.'");
    }
}
