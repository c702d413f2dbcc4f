package dev.flowsim.emulator.logs.insights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte precheck never rules out an event whose row passes the filter it comes from, for every field and any
 * message shape; on a flow-log record it rules out the events whose field differs.
 */
class RowPrecheckTest {

    private static final String LINE = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 "
            + "4249 1418530010 1418530070 REJECT OK";

    @Test
    void neverRulesOutAPassingRow() {
        List<String> messages = List.of(LINE, LINE + " extra", LINE.replace(" OK", ""), "x" + LINE,
                " " + LINE.substring(2), LINE.replace("REJECT", "RÉJECT"), LINE.replace("2 1234", "٢ 1234"),
                LINE.replace("eni-", "éni-"), LINE.replace("OK", "ÖK"),
                "2 123456789010 eni-1 - - - - - - - 1431280876 1431280934 - NODATA", "", "2", " ", "REJECT",
                "{\"action\":\"REJECT\",\"srcAddr\":\"10.0.0.1\"}", "{\"action\":\"RE\\u004aECT\"}",
                LINE.replace(" 6 ", "  "), LINE.replace(" REJECT ", "  "), LINE + " ");
        List<String> names = new ArrayList<>(List.of(DiscoveredFields.FLOW_LOG_NAMES));
        names.addAll(List.of("start", "end"));
        int ruledOut = 0;
        for (String name : names) {
            for (String message : messages) {
                List<String> texts = new ArrayList<>(List.of("REJECT", "OK", "-", "eni-1", "x"));
                Object own = DiscoveredFields.of(message).get(name);
                if (own instanceof String s && !s.contains("'") && Values.number(s) == null) {
                    texts.add(s);
                }
                for (String text : texts) {
                    Query query = Query.compile("filter " + name + " = '" + text + "' | limit 5");
                    RowPrecheck precheck = RowPrecheck.of(query);
                    if (!text.chars().allMatch(c -> c < 0x7f)) {
                        assertNull(precheck, "non-ASCII text: no precheck");
                        continue;
                    }
                    assertNotNull(precheck, query.text());
                    Expr condition = ((Command.Filter) query.commands().get(0)).condition();
                    boolean passes = Values.truthy(condition.eval(new Row(new MessageOnlyEvent(message))));
                    byte[] bytes = ("[" + message + "]").getBytes(StandardCharsets.UTF_8);
                    boolean mayPass = precheck.mayPass(bytes, 1, bytes.length - 2);
                    assertTrue(mayPass || !passes, () -> query.text() + " on '" + message + "'");
                    ruledOut += mayPass ? 0 : 1;
                }
            }
        }
        assertTrue(ruledOut > 1_000, "rules events out: " + ruledOut);
        byte[] line = LINE.getBytes(StandardCharsets.US_ASCII);
        assertTrue(RowPrecheck.of(Query.compile("filter action = 'REJECT'")).mayPass(line, 0, line.length));
        assertFalse(RowPrecheck.of(Query.compile("filter action = 'ACCEPT'")).mayPass(line, 0, line.length));
        assertFalse(RowPrecheck.of(Query.compile("filter srcAddr = '172.31.9.12'")).mayPass(line, 0, line.length));
    }

    @Test
    void onlyForAFlowLogFieldNoEarlierCommandSets() {
        assertNotNull(RowPrecheck.of(Query.compile("fields srcAddr | filter action = 'REJECT' | sort srcAddr")));
        assertNotNull(RowPrecheck.of(Query.compile("filter dstPort > 10 | filter action = \"REJECT\"")));
        assertNull(RowPrecheck.of(Query.compile("fields 'REJECT' as action | filter action = 'REJECT'")));
        assertNull(RowPrecheck.of(Query.compile("parse @message '* *' as action, rest | filter action = 'REJECT'")));
        assertNull(RowPrecheck.of(Query.compile("filter dstPort = '22'")), "a number compares numerically");
        assertNull(RowPrecheck.of(Query.compile("filter level = 'ERROR'")), "not a flow-log field");
        assertNull(RowPrecheck.of(Query.compile("filter action != 'REJECT'")));
        assertNull(RowPrecheck.of(Query.compile("stats count(*) by action | filter action = 'REJECT'")));
    }
}
