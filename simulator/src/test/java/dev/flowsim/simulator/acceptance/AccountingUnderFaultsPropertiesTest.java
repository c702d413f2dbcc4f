package dev.flowsim.simulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.Balance;
import dev.flowsim.simulator.accounting.FlowLogBalance;
import dev.flowsim.simulator.delivery.CarryOverPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.HTTP;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.book;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounting identity under random fault sequences, over the wire: for each try, a few one-minute windows are
 * delivered, each under a random mix of throttling, server errors, access denials and connection resets on the calls
 * the Flow Logs service makes. The carry-over buffer is small and short-lived (a bound below a window's records,
 * three minutes), so keeping, putting late, evicting and expiring all happen. After every window, per flow log and
 * per interface, generated = delivered + rejected + dropped + pending, pending is exactly what the buffer holds,
 * the window's own result balances (generated + taken from earlier = settled + carried), the emulator's book agrees
 * with the publisher's, and each interface's delivered count equals the events its log stream holds (nothing
 * counted twice, nothing lost). One emulator serves all tries; the books are cumulative, so every check also covers
 * every earlier try. Each try draws its faults from its own seed (printed on failure), so a failing try repeats.
 */
class AccountingUnderFaultsPropertiesTest {

    private static final String ACCOUNT = "000000000000";
    private static final String REGION = "us-east-2";
    private static final String GROUP = "/flows/property";
    /** Below one window's records (about 500 over three interfaces), so the bound is reached. */
    private static final int CARRY_BOUND = 300;
    private static final List<String> OPERATIONS = List.of("AssumeRole", "CreateLogStream", "PutLogEvents");

    private static SimulatedClock clock;
    private static Emulator emulator;
    private static URI endpoint;
    private static FlowLogsService service;
    private static String flowLogId;
    private static Instant nextWindow;

    /** One fault: an operation, an effect and the chance that a call is hit. */
    record Fault(String operation, String effect, double probability) {
        String json(int n) {
            String service = operation.equals("AssumeRole") ? "sts" : "logs";
            String effectJson = switch (effect) {
                case "throttle" -> "\"error\": {\"code\": \"ThrottlingException\"}";
                case "server" -> "\"error\": {\"code\": \"ServiceUnavailableException\"}";
                case "denied" -> "\"error\": {\"code\": \"" + (service.equals("sts") ? "AccessDenied"
                        : "AccessDeniedException") + "\", \"status\": 400, \"message\": \"injected denial\"}";
                default -> "\"network\": \"reset\"";
            };
            return "{\"id\": \"p" + n + "\", \"target\": {\"service\": \"" + service + "\", \"operation\": \""
                    + operation + "\"}, \"probability\": " + probability + ", " + effectJson + "}";
        }
    }

    @BeforeAll
    static void startCloud() throws Exception {
        clock = SimulatedClock.manual(Instant.parse("2026-02-01T08:00:00Z"));
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)));
        endpoint = emulator.start();
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                     .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
             Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.of(REGION))
                     .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build()) {
            String role = iam.createRole(b -> b.roleName("FlowLogsRole")
                    .assumeRolePolicyDocument(ContinuousPublisherAcceptanceTest.TRUST)).role().arn();
            iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("logs")
                    .policyDocument(ContinuousPublisherAcceptanceTest.LOGS));
            String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
            flowLogId = ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc).trafficType("ALL")
                    .logGroupName(GROUP).deliverLogsPermissionArn(role).maxAggregationInterval(60))
                    .flowLogIds().get(0);
        }
        // Retries stay but pause only a millisecond or two, so a try takes real time only for its calls.
        service = new FlowLogsService(endpoint, clock, 23L, FlowLogsOptions.defaults()
                .withRetryBackoff(Duration.ofMillis(1), Duration.ofMillis(2))
                .withCarryOver(new CarryOverPolicy(CARRY_BOUND, Duration.ofMinutes(3), false)));
        nextWindow = Instant.parse("2026-02-01T08:00:00Z");
    }

    @AfterAll
    static void stopCloud() {
        service.close();
        emulator.close();
    }

    @RepeatedTest(30)
    void theBooksBalanceAfterEveryWindowWhateverFails(RepetitionInfo repetition) throws Exception {
        long seed = 0xF10L * 31 + repetition.getCurrentRepetition();
        List<List<Fault>> windows = faultSequence(new Random(seed));
        try {
            deliverUnder(windows);
        } catch (AssertionError | Exception e) {
            throw new AssertionError("try with seed " + seed + " and faults " + windows + ": " + e.getMessage(), e);
        }
    }

    private static void deliverUnder(List<List<Fault>> windows) throws Exception {
        for (List<Fault> faults : windows) {
            admin("DELETE", "/_flowsim/faults");
            for (int i = 0; i < faults.size(); i++) {
                HttpResponse<String> added = post(endpoint, "/_flowsim/faults", faults.get(i).json(i));
                assertEquals(201, added.statusCode(), added.body());
            }
            FlowLogBalance before = service.ledger().snapshot(flowLogId).orElse(null);
            Instant windowStart = nextWindow;
            nextWindow = windowStart.plusSeconds(60);
            clock.advanceTo(service.deliveryDueAt(windowStart, Duration.ofSeconds(60)));
            WindowReport report = service.deliverWindow(windowStart, Duration.ofSeconds(60))
                    .get(30, TimeUnit.SECONDS);
            admin("DELETE", "/_flowsim/faults");

            FlowLogWindowResult result = report.flowLog(flowLogId).orElseThrow();
            assertTrue(result.accounting().isBalanced(), result.accounting().toString());
            FlowLogBalance after = service.ledger().snapshot(flowLogId).orElseThrow();
            assertTrue(after.isBalanced(), after.toString());
            assertPendingIsWhatTheBufferHolds(after);
            assertTrue(after.totals().pending() <= CARRY_BOUND, "the buffer keeps its bound: " + after);
            long generatedBefore = before == null ? 0 : before.totals().generated();
            long pendingBefore = before == null ? 0 : before.totals().pending();
            assertEquals(result.generated(), after.totals().generated() - generatedBefore,
                    "the window's records enter the books once");
            assertEquals(result.carried() - result.fromEarlier(), after.totals().pending() - pendingBefore,
                    "what the window carried, less what it took from earlier windows, is the change in pending");
            assertDeliveredEqualsStored(after);
            assertEmulatorAgrees(after);
        }
    }

    /**
     * One to three windows, each with up to three faults. The session and the streams are reused once made, so most
     * faults hit PutLogEvents (4 in 6).
     */
    static List<List<Fault>> faultSequence(Random random) {
        List<String> weightedOperations = List.of(OPERATIONS.get(0), OPERATIONS.get(1), OPERATIONS.get(2),
                OPERATIONS.get(2), OPERATIONS.get(2), OPERATIONS.get(2));
        List<String> effects = List.of("throttle", "server", "denied", "reset");
        double[] probabilities = {0.3, 0.8, 1.0};
        List<List<Fault>> windows = new ArrayList<>();
        int windowCount = 1 + random.nextInt(3);
        for (int w = 0; w < windowCount; w++) {
            List<Fault> faults = new ArrayList<>();
            int faultCount = random.nextInt(4);
            for (int f = 0; f < faultCount; f++) {
                faults.add(new Fault(weightedOperations.get(random.nextInt(weightedOperations.size())),
                        effects.get(random.nextInt(effects.size())),
                        probabilities[random.nextInt(probabilities.length)]));
            }
            windows.add(List.copyOf(faults));
        }
        return List.copyOf(windows);
    }

    private static void assertPendingIsWhatTheBufferHolds(FlowLogBalance books) {
        Map<String, Long> held = service.carryOver().heldByInterface(flowLogId);
        assertEquals(service.carryOver().held(flowLogId), books.totals().pending(), books.toString());
        books.interfaces().forEach((eni, balance) -> assertEquals(held.getOrDefault(eni, 0L), balance.pending(),
                eni + ": pending must be exactly what the buffer holds for its stream"));
    }

    private static void assertDeliveredEqualsStored(FlowLogBalance books) {
        Map<String, Long> stored = emulator.logs().eventCountsByStream(ACCOUNT, REGION, GROUP);
        books.interfaces().forEach((eni, balance) -> assertEquals(stored.getOrDefault(eni + "-all", 0L),
                balance.delivered(), eni + ": delivered must be exactly what its stream holds"));
    }

    private static void assertEmulatorAgrees(FlowLogBalance books) throws Exception {
        JsonNode shown = book(endpoint, flowLogId);
        Balance totals = books.totals();
        assertEquals(totals.generated(), shown.at("/totals/generated").asLong());
        assertEquals(totals.delivered(), shown.at("/totals/delivered").asLong());
        assertEquals(totals.droppedTotal(), FlowLogAccountingAcceptanceTest.sum(shown.at("/totals/dropped")));
        assertEquals(totals.pending(), shown.at("/totals/pending").asLong());
        books.interfaces().forEach((eni, balance) ->
                assertEquals(balance.generated(), shown.at("/interfaces/" + eni + "/generated").asLong(), eni));
    }

    private static void admin(String method, String path) throws Exception {
        HTTP.send(HttpRequest.newBuilder(endpoint.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }
}
