package dev.flowsim.cli.bench;

import dev.flowsim.cli.Main;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

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

    /**
     * With more streams than connections every stream gets batches (each connection takes its streams in turn), and
     * several role sessions sign them; what the emulator stores is what was acknowledged.
     */
    @Test
    void ingestSpreadsBatchesOverManyStreamsAndSessions() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults().withServer(
                EmulatorOptions.defaults().server().withPort(0)))) {
            String endpoint = emulator.start().toString();
            String out = run(0, "bench", "ingest", "--endpoint", endpoint, "--duration", "2", "--warmup", "0",
                    "--batch-size", "20", "--connections", "2", "--streams", "7", "--sessions", "3");
            assertTrue(out.contains("7 stream(s), signing as 3 assumed-role session(s)"), out);
            assertTrue(out.contains("verified     OK: storedBytes"), out);
            List<LogGroup> groups = emulator.logs().groups(EmulatorOptions.DEFAULT_ACCOUNT,
                    EmulatorOptions.DEFAULT_REGION);
            assertEquals(1, groups.size());
            Collection<LogStream> streams = groups.get(0).streamsByName().values();
            assertEquals(7, streams.size());
            for (LogStream stream : streams) {
                assertTrue(stream.stats().eventCount() >= 20, stream.name() + " got no batch: " + out);
            }
        }
    }

    @Test
    void ingestRefusesFewerStreamsThanConnectionsOrMoreSessionsThanStreams() {
        run(2, "bench", "ingest", "--connections", "4", "--streams", "3", "--duration", "1");
        run(2, "bench", "ingest", "--streams", "4", "--sessions", "5", "--duration", "1");
        run(2, "bench", "ingest", "--sessions", "0", "--duration", "1");
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

    /** A warm-up run comes first and is not reported; the measured run starts on a fresh emulator and balances. */
    @Test
    void publishWarmsUpOnAThrowawayRunBeforeTheMeasuredOne() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("bench", "publish", "--enis", "20", "--enis-per-vpc", "10", "--clock-speed", "120",
                    "--warmup", "3", "--duration", "5", "--flows-per-eni-per-minute", "20");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(exit == 0 || exit == 1, out);
        assertTrue(out.startsWith("flowsim bench publish: warm-up 3 s ("), out);
        assertEquals(1, out.split("accounting   OK", -1).length - 1, "one report, the measured run's: " + out);
        assertTrue(out.contains("20 interfaces in 2 VPCs"), out);
        // "accounting OK" compares the emulator's stored + expired with this run's deliveries alone, which holds only
        // on a fresh emulator.
        assertTrue(out.matches("(?s).*records\\s+([0-9,]+) generated, \\1 delivered.*"), out);
    }

    @Test
    void publishRefusesNonsenseSizes() {
        run(2, "bench", "publish", "--warmup", "-1");
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
