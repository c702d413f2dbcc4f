package dev.flowsim.cli.bench;

import dev.flowsim.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench commands work end to end (their figures go to docs/PERFORMANCE.md; nothing here is timed). */
class BenchCommandsTest {

    private static String run(int expectedExit, String... args) {
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
        assertEquals(expectedExit, exit, out);
        return out;
    }

    @Test
    void ingestSendsSignedBatchesAsARoleSessionAndVerifiesWhatWasStored() {
        String out = run(0, "bench", "ingest", "--duration", "1", "--warmup", "0", "--batch-size", "50",
                "--connections", "2", "--keep-seconds", "0");
        assertTrue(out.contains("assumed-role session"), out);
        assertTrue(out.matches("(?s).*requests\\s+[0-9,]+ in .* requests/s; errors 0.*"), out);
        assertTrue(out.matches("(?s).*latency ms\\s+p50 [0-9.]+\\s+p90 [0-9.]+\\s+p99 [0-9.]+\\s+max [0-9.]+.*"), out);
        assertTrue(out.contains("ns/event in the emulator's threads"), out);
        assertTrue(out.contains("verified     OK: stored"), out);
    }

    @Test
    void ingestRefusesAnEndpointOffLoopback() {
        run(2, "bench", "ingest", "--endpoint", "http://192.0.2.1:4566", "--duration", "1");
    }

    /**
     * A small, light load: 30 interfaces in 3 VPCs at 120x for 8 s gives several windows. Whether it keeps up
     * depends on the machine, so only the books and the report's shape are asserted, not the exit code.
     */
    @Test
    void publishDeliversGeneratedVpcsThroughTheRealPublisherAndBalancesTheBooks() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("bench", "publish", "--enis", "30", "--enis-per-vpc", "10", "--clock-speed", "120",
                    "--duration", "8", "--flows-per-eni-per-minute", "20");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(exit == 0 || exit == 1, out);
        assertTrue(out.contains("30 interfaces in 3 VPCs"), out);
        assertTrue(out.contains("60-s windows"), out);
        assertTrue(out.matches("(?s).*windows\\s+[0-9]+ delivered within the run, [1-9][0-9]* in all.*"),
                "at least one window delivered: " + out);
        assertTrue(out.matches("(?s).*records\\s+[0-9,]+ generated, .* 0 dropped.*"), out);
        assertTrue(out.contains("accounting   OK: generated"), out);
        assertTrue(out.matches("(?s).*keeps up\\s+(YES|NO) .*"), out);
        assertEquals(exit == 0, out.contains("keeps up     YES"), out);
    }

    @Test
    void publishRefusesNonsenseSizes() {
        run(2, "bench", "publish", "--enis", "0");
        run(2, "bench", "publish", "--enis-per-vpc", "251");
        run(2, "bench", "publish", "--aggregation-interval", "300");
    }

    @Test
    void storeReportsHeapBytesPerEvent() {
        String out = run(0, "bench", "store", "--events", "20000", "--batch-size", "1000");
        assertTrue(out.matches("(?s).*heap .*: [0-9.]+ bytes per event .*"), out);
        assertTrue(out.contains("the group reports 20,000 events"), out);
    }
}
