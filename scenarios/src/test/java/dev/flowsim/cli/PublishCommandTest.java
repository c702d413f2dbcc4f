package dev.flowsim.cli;

import dev.flowsim.cli.demo.DemoClients;
import dev.flowsim.cli.demo.DemoPolicies;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.ec2.DeliveryState;
import dev.flowsim.emulator.ec2.FlowLog;
import dev.flowsim.emulator.http.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code flowsim publish} drives a separate emulator as the Flow Logs service would: it delivers each window when
 * the emulator's clock says it is due, through the flow log's role, and tells the emulator how it went.
 */
class PublishCommandTest {

    private static final Instant START = Instant.parse("2026-01-15T10:00:30Z");
    private static final String ACCOUNT = EmulatorOptions.DEFAULT_ACCOUNT;
    private static final String REGION = EmulatorOptions.DEFAULT_REGION;

    private final SimulatedClock clock = SimulatedClock.manual(START);
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private Emulator emulator;
    private URI endpoint;

    @BeforeEach
    void start() throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)));
        endpoint = emulator.start();
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        emulator.close();
    }

    private String output() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    private CompletableFuture<Integer> publish(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--endpoint", endpoint.toString(),
                "--poll", "PT0.05S"));
        args.addAll(List.of(extra));
        return CompletableFuture.supplyAsync(() -> Main.run(args.toArray(String[]::new)));
    }

    /** Waits until the publisher has read the emulator's clock, then moves that clock on. */
    private void advanceOnceStarted(Instant to) {
        await().atMost(Duration.ofSeconds(30)).until(() -> output().contains("publishing windows from"));
        clock.advanceTo(to);
    }

    private FlowLog onlyFlowLog() {
        List<FlowLog> all = emulator.flowLogs().all();
        assertEquals(1, all.size(), "flow logs: " + all);
        return all.get(0);
    }

    @Test
    void setsUpTheSeedAndDeliversEachWindowWhenItIsDueOnTheEmulatorsClock() throws Exception {
        CompletableFuture<Integer> run = publish("--setup-seed", "--windows", "2");
        // Windows 10:00 and 10:01 close at 10:01 and 10:02 and are due five minutes later.
        advanceOnceStarted(Instant.parse("2026-01-15T10:07:00Z"));
        assertEquals(0, run.get(60, TimeUnit.SECONDS), output());

        String out = output();
        assertTrue(out.contains("setup: created role arn:aws:iam::000000000000:role/FlowLogsRole"), out);
        assertTrue(out.contains("setup: created flow log fl-"), out);
        assertTrue(out.contains("publishing windows from 2026-01-15T10:00:00Z"), out);
        assertEquals(2, out.lines().filter(l -> l.contains(" SUCCESS")).count(), out);
        assertTrue(out.contains("2 windows delivered"), out);
        long stored = emulator.logs().eventCount(ACCOUNT, REGION, DemoPolicies.LOG_GROUP);
        assertTrue(stored > 0, "records reached the log group");
        DeliveryState state = emulator.flowLogs().deliveryState(onlyFlowLog().flowLogId());
        assertEquals("SUCCESS", state.deliverLogsStatus());
        assertEquals(stored, state.recordsDelivered(), "the emulator heard of every delivered record");
        assertEquals(2, state.reportsApplied());
    }

    @Test
    void keepsARoleThatExistsAsItIsSoABrokenRoleStaysBrokenAndTheFlowLogFails() throws Exception {
        try (DemoClients aws = new DemoClients(endpoint, REGION)) {
            aws.iam().createRole(b -> b.roleName(DemoPolicies.ROLE_NAME)
                    .assumeRolePolicyDocument(DemoPolicies.trustPolicy(ACCOUNT, REGION)));
            aws.iam().putRolePolicy(b -> b.roleName(DemoPolicies.ROLE_NAME).policyName(DemoPolicies.POLICY_NAME)
                    .policyDocument(DemoPolicies.permissionsPolicy(DemoPolicies.without("logs:PutLogEvents"))));
        }
        CompletableFuture<Integer> run = publish("--setup-seed", "--windows", "1");
        advanceOnceStarted(Instant.parse("2026-01-15T10:06:00Z"));
        assertEquals(0, run.get(60, TimeUnit.SECONDS), output());

        String out = output();
        assertTrue(out.contains("setup: kept role arn:aws:iam::000000000000:role/FlowLogsRole"), out);
        assertTrue(out.contains("ACCESS_ERROR  (PutLogEvents: AccessDeniedException)"), out);
        DeliveryState state = emulator.flowLogs().deliveryState(onlyFlowLog().flowLogId());
        assertEquals("FAILED", state.deliverLogsStatus());
        assertEquals("Access error", state.deliverLogsErrorMessage());
        assertEquals(0, emulator.logs().eventCount(ACCOUNT, REGION, DemoPolicies.LOG_GROUP));
    }

    @Test
    void aWindowIsNotDeliveredBeforeItIsDue() throws Exception {
        CompletableFuture<Integer> run = publish("--setup-seed", "--windows", "1");
        // 10:05:59: the 10:00 window closed at 10:01 but is due only at 10:06.
        advanceOnceStarted(Instant.parse("2026-01-15T10:05:59Z"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !run.isDone());
        assertEquals(0, emulator.flowLogs().deliveryState(onlyFlowLog().flowLogId()).reportsApplied());
        clock.advanceTo(Instant.parse("2026-01-15T10:06:00Z"));
        assertEquals(0, run.get(60, TimeUnit.SECONDS), output());
        assertEquals(1, emulator.flowLogs().deliveryState(onlyFlowLog().flowLogId()).reportsApplied());
    }

    @Test
    void givesUpWithExitCodeOneWhenNoEmulatorAnswers() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("publish", "--endpoint", "http://127.0.0.1:" + port, "--poll", "PT0.05S",
                    "--wait", "PT0.3S");
        } finally {
            System.setErr(originalErr);
        }
        assertEquals(1, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the emulator did not answer within PT0.3S"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void healthIsZeroForARunningEmulatorAndOneOtherwise() throws Exception {
        assertEquals(0, Main.run("health", "--endpoint", endpoint.toString()));
        assertTrue(output().contains("UP  simulated time 2026-01-15T10:00:30Z"), output());
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertEquals(1, Main.run("health", "--endpoint", "http://127.0.0.1:" + port, "--timeout", "PT1S"));
    }
}
