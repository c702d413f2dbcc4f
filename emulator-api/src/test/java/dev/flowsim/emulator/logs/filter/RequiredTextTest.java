package dev.flowsim.emulator.logs.filter;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A space-delimited pattern's byte pre-check (texts its {@code =} conditions require) never changes an answer:
 * on bytes the pattern decides as on the decoded text, for messages with and without the texts, anywhere.
 */
class RequiredTextTest {

    private static final String LINE = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 22 6 20 "
            + "4249 1418530010 1418530070 REJECT OK";

    @Test
    void bytesDecideAsText() {
        List<String> patterns = List.of(
                "[v, a, eni, src, dst, sp, dp = 22, p, pk, b, ws, we, action = REJECT, st]",
                "[v, a, eni, src, dst, sp, dp, p, pk, b, ws, we, action = REJ*, st]",
                "[v, a, eni, src, dst, sp, dp, p, pk, b, ws, we, action = *ECT, st = OK]",
                "[v, a, eni, src, dst, sp, dp, p, pk, b, ws, we, action = REJECT || action = ACCEPT, st]",
                "[..., action = \"REJECT\", st]",
                "[v, a, eni = *b8ca*, ...]",
                "[v, a, eni, src, dst, sp, dp = \"22\" && action = REJECT, p, pk, b, ws, we, action, st]",
                "[v, a, eni, src, dst, sp, dp, p, pk, b, ws, we, action != ACCEPT, st]",
                "[a = \"x y\", b]", "[a = é, b = OK]");
        List<String> messages = List.of(LINE, LINE.replace("REJECT", "ACCEPT"), LINE.replace(" 22 ", " 2200 "),
                LINE.replace("REJECT OK", "ACCEPT REJECT"), LINE.replace("eni-", "éni-"), LINE + " extra",
                LINE.replace("REJECT", "\"REJECT\""), LINE.replace(" OK", "\tOK"), "\"x y\" OK", "[q] OK", "é OK",
                "x y", "", "REJECT");
        int ruledOut = 0;
        for (String pattern : patterns) {
            FilterPattern compiled = FilterPattern.compile(pattern);
            DelimitedPattern delimited = DelimitedPattern.parse(pattern);
            for (String message : messages) {
                byte[] stored = ("xx" + message + "yy").getBytes(StandardCharsets.UTF_8);
                int length = stored.length - 4;
                assertEquals(compiled.matches(message), compiled.matches(stored, 2, length),
                        () -> pattern + " on '" + message + "'");
                if (!delimited.mayMatch(stored, 2, length)) {
                    ruledOut++;
                }
            }
        }
        assertTrue(ruledOut >= 20, "the pre-check rules messages out: " + ruledOut);
    }
}
