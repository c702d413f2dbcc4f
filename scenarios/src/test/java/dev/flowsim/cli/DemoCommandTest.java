package dev.flowsim.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code flowsim demo} tells the seed's story and exits 0 only when every promise held. */
class DemoCommandTest {

    private static String runDemo(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        return out;
    }

    @Test
    void showsDeliveredRecordsTheAccessErrorItsExplanationAndTheFix() {
        String out = runDemo("demo");
        assertTrue(out.contains("DeliverLogsStatus SUCCESS"), out);
        assertTrue(out.matches("(?s).*\\n\\s+2 000000000000 eni-[0-9a-f]{17} .*"), "shows delivered v2 records:\n" + out);
        assertTrue(out.contains("DeliverLogsStatus FAILED, DeliverLogsErrorMessage \"Access error\""), out);
        assertTrue(out.contains("because no identity-based policy allows the logs:PutLogEvents action"), out);
        assertTrue(out.contains("iam put-role-policy --role-name FlowLogsRole"), out);
        assertTrue(out.contains("delivery recovered"), out);
        assertTrue(out.contains("Demo complete"), out);
        assertTrue(!out.contains("[FAILED]"), out);
    }

    @Test
    void theSameSeedTellsTheSameStory() {
        String first = runDemo("demo", "--seed", "3", "--minutes", "1");
        String second = runDemo("demo", "--seed", "3", "--minutes", "1");
        assertEquals(first.replaceAll("127\\.0\\.0\\.1:\\d+", "PORT"), second.replaceAll("127\\.0\\.0\\.1:\\d+", "PORT"));
    }
}
