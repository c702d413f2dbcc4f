package dev.flowsim.emulator.logs.filter;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values a metric filter takes from a match: $name, $N and $.path. */
class PatternMatchTest {

    private static final String L5 = "2 123456789010 eni-1235b8ca123456789 198.51.100.7 172.31.16.139 51234 22 6 3 180 "
            + "1432917027 1432917142 REJECT OK";

    @Test
    void delimitedMatchExposesNamedAndPositionalFields() {
        PatternMatch match = FilterPattern.compile("[version, account, eni, source, destination, srcport, destport,"
                + " protocol, packets, bytes, windowstart, windowend, action = REJECT, flowlogstatus]").match(L5);
        assertEquals(Optional.of("180"), match.value("$bytes"));
        assertEquals(Optional.of("198.51.100.7"), match.value("$4"));
        assertEquals(Optional.empty(), match.value("$nosuch"));
        assertEquals("22", match.extractedValues().get("$destport"));
        assertEquals(14, match.extractedValues().size());
    }

    @Test
    void jsonMatchResolvesSelectors() {
        PatternMatch match = FilterPattern.compile("{ $.latency > 100 }").match("{\"latency\": 250, \"a\": {\"b\": \"x\"}}");
        assertEquals(Optional.of("250"), match.value("$.latency"));
        assertEquals(Optional.of("x"), match.value("$.a.b"));
        assertEquals(Optional.empty(), match.value("$.a"));
    }

    @Test
    void bracketsAndQuotesInAnEventAreSingleFields() {
        String apache = "127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 1534";
        FilterPattern pattern = FilterPattern.compile(
                "[ip, user, username, timestamp, request = *gif*, status_code = 2*, bytes > 1000]");
        assertTrue(pattern.matches(apache));
        assertEquals(Optional.of("GET /apache_pb.gif HTTP/1.0"), pattern.match(apache).value("$request"));
        assertFalse(FilterPattern.compile("[ip, user, username, timestamp, request, status_code = 4*, bytes]")
                .matches(apache));
    }

    @Test
    void nonMatchingMessageGivesNoMatch() {
        assertNull(FilterPattern.compile("REJECT").match("ACCEPT"));
        assertTrue(FilterPattern.compile("%x%").usesRegex());
        assertFalse(FilterPattern.compile("x").usesRegex());
    }
}
