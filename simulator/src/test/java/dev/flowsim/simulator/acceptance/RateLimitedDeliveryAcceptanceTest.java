package dev.flowsim.simulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.ContinuousPublisher;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogBalance;
import dev.flowsim.simulator.delivery.CarryOverPolicy;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.HTTP;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.JSON;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.book;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.get;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudWatch Logs throttling, end to end through the continuous publisher. With the carry-over buffer (the default),
 * a window whose puts stay throttled beyond the retries is kept, shown as pending, and arrives late with the next
 * window: nothing lost. Without it, DescribeFlowLogs shows {@code FAILED} / {@code Rate limited} while every
 * PutLogEvents is throttled, the window's records are dropped as RATE_LIMITED (none pending, none delivered), and
 * the status returns to {@code SUCCESS} once the fault is removed.
 */
class RateLimitedDeliveryAcceptanceTest {

    static final String GROUP = "/flows/throttled";
    private static final String ACCOUNT = "000000000000";

    @Test
    void aThrottledWindowIsCarriedOverAndArrivesLateWithNothingLost() throws Exception {
        SimulatedClock clock = SimulatedClock.manual(Instant.parse("2026-03-01T12:00:00Z"));
        List<WindowReport> reports = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
            // Three retries: the first batch's four attempts meet the four throttled calls, so it and the rest of
            // its stream are carried; the other streams go through.
            FlowLogsOptions options = FlowLogsOptions.defaults().withMaxRetries(3)
                    .withRetryBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
            try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(endpoint)
                         .region(Region.US_EAST_2).credentialsProvider(creds)
                         .httpClient(UrlConnectionHttpClient.create()).build();
                 FlowLogsService service = new FlowLogsService(endpoint, clock, 7L, options);
                 ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(20),
                         Duration.ofSeconds(60), reports::add, problems::add)) {
                String flowLogId = createFlowLog(iam, ec2);
                assertEquals(201, post(endpoint, "/_flowsim/faults", """
                        {"id": "throttle-puts", "target": {"service": "logs", "operation": "PutLogEvents"},
                         "calls": {"first": 4}, "error": {"code": "ThrottlingException"}}""").statusCode());
                publisher.start();

                clock.advanceTo(Instant.parse("2026-03-01T12:06:00Z"));
                await().atMost(Duration.ofSeconds(20)).until(() -> reports.size() == 1);
                FlowLogWindowResult throttled = reports.get(0).flowLog(flowLogId).orElseThrow();
                assertEquals("FAILED", describe(ec2, flowLogId).deliverLogsStatus());
                assertEquals("Rate limited", describe(ec2, flowLogId).deliverLogsErrorMessage());
                assertTrue(throttled.carried() > 0, throttled.accounting().toString());
                assertEquals(0, throttled.dropped(), throttled.accounting().toString());
                assertEquals(throttled.generated(), throttled.delivered() + throttled.carried());
                assertTrue(throttled.accounting().isBalanced(), throttled.accounting().toString());
                FlowLogBalance books = service.ledger().snapshot(flowLogId).orElseThrow();
                assertTrue(books.isBalanced(), books.toString());
                assertEquals(throttled.carried(), books.totals().pending());
                assertEquals(throttled.carried(), book(endpoint, flowLogId).at("/totals/pending").asLong(),
                        "the emulator's book shows the carried records as pending");
                String carriedEni = books.interfaces().entrySet().stream()
                        .filter(e -> e.getValue().pending() > 0).findFirst().orElseThrow().getKey();
                assertEquals(0, storedEvents(logs, carriedEni).size(), "the throttled stream got nothing yet");

                // The throttle is over: the next window puts the carried records first, then its own.
                clock.advanceTo(Instant.parse("2026-03-01T12:07:00Z"));
                await().atMost(Duration.ofSeconds(20)).until(() -> reports.size() == 2);
                FlowLogWindowResult late = reports.get(1).flowLog(flowLogId).orElseThrow();
                assertEquals("SUCCESS", describe(ec2, flowLogId).deliverLogsStatus());
                assertEquals(throttled.carried(), late.fromEarlier());
                assertEquals(late.generated() + late.fromEarlier(), late.delivered());
                FlowLogBalance after = service.ledger().snapshot(flowLogId).orElseThrow();
                assertTrue(after.isBalanced(), after.toString());
                assertEquals(0, after.totals().pending());
                assertEquals(0, after.totals().droppedTotal(), "none lost: " + after);
                assertEquals(after.totals().generated(), after.totals().delivered());
                assertEquals(after.totals().generated(), emulator.logs().eventCount(ACCOUNT, "us-east-2", GROUP));
                List<OutputLogEvent> stream = storedEvents(logs, carriedEni);
                assertEquals(after.interfaces().get(carriedEni).delivered(), stream.size(),
                        "GetLogEvents sees every record of the throttled stream, the late ones included");
                for (int i = 1; i < stream.size(); i++) {
                    assertTrue(stream.get(i - 1).timestamp() <= stream.get(i).timestamp(),
                            "the late records come before the new ones, in timestamp order");
                }
                assertTrue(problems.isEmpty(), problems.toString());
            }
        }
    }

    @Test
    void withoutTheBufferSustainedThrottlingDropsAsRateLimitedAndRecoversWhenItStops() throws Exception {
        SimulatedClock clock = SimulatedClock.manual(Instant.parse("2026-03-01T12:00:00Z"));
        List<WindowReport> reports = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
            FlowLogsOptions options = FlowLogsOptions.defaults()
                    .withRetryBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                    .withCarryOver(CarryOverPolicy.NONE);
            try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 FlowLogsService service = new FlowLogsService(endpoint, clock, 7L, options);
                 ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(20),
                         Duration.ofSeconds(60), reports::add, problems::add)) {
                String flowLogId = createFlowLog(iam, ec2);
                assertEquals(201, post(endpoint, "/_flowsim/faults", """
                        {"id": "throttle-puts", "target": {"service": "logs", "operation": "PutLogEvents"},
                         "error": {"code": "ThrottlingException"}}""").statusCode());
                publisher.start();

                // Window 12:00 is due at 12:06: every put is throttled, every retry too.
                clock.advanceTo(Instant.parse("2026-03-01T12:06:00Z"));
                await().atMost(Duration.ofSeconds(20)).until(() -> reports.size() == 1);
                FlowLogWindowResult throttled = reports.get(0).flowLog(flowLogId).orElseThrow();
                FlowLog shown = describe(ec2, flowLogId);
                assertEquals("FAILED", shown.deliverLogsStatus());
                assertEquals("Rate limited", shown.deliverLogsErrorMessage());
                assertTrue(throttled.generated() > 0);
                assertEquals(throttled.generated(), throttled.accounting().dropped(DropReason.RATE_LIMITED));
                FlowLogBalance books = service.ledger().snapshot(flowLogId).orElseThrow();
                assertEquals(0, books.totals().pending());
                assertEquals(0, books.totals().delivered());
                assertEquals(throttled.generated(), books.totals().dropped().get(DropReason.RATE_LIMITED));
                JsonNode book = book(endpoint, flowLogId);
                assertEquals(throttled.generated(), book.at("/totals/dropped/RATE_LIMITED").asLong());
                JsonNode faults = JSON.readTree(get(endpoint, "/_flowsim/faults").body());
                assertTrue(faults.at("/faults/0/fired").asLong() > 0, faults.toPrettyString());

                // The throttling stops: the next window is delivered whole and the status recovers.
                HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/_flowsim/faults/throttle-puts")).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
                clock.advanceTo(Instant.parse("2026-03-01T12:07:00Z"));
                await().atMost(Duration.ofSeconds(20)).until(() -> reports.size() == 2);
                FlowLogWindowResult recovered = reports.get(1).flowLog(flowLogId).orElseThrow();
                assertEquals("SUCCESS", describe(ec2, flowLogId).deliverLogsStatus());
                assertEquals(recovered.generated(), recovered.delivered());
                FlowLogBalance after = service.ledger().snapshot(flowLogId).orElseThrow();
                assertTrue(after.isBalanced(), after.toString());
                assertEquals(throttled.generated() + recovered.generated(), after.totals().generated());
                assertEquals(recovered.generated(), after.totals().delivered());
                assertEquals(throttled.generated(), after.totals().dropped().get(DropReason.RATE_LIMITED));
                assertEquals(recovered.generated(), emulator.logs().eventCount("000000000000", "us-east-2", GROUP));
                assertTrue(problems.isEmpty(), problems.toString());
            }
        }
    }

    private static String createFlowLog(IamClient iam, Ec2Client ec2) {
        String role = iam.createRole(b -> b.roleName("FlowLogsRole")
                .assumeRolePolicyDocument(ContinuousPublisherAcceptanceTest.TRUST)).role().arn();
        iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("logs")
                .policyDocument(ContinuousPublisherAcceptanceTest.LOGS));
        String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
        return ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc).trafficType("ALL")
                .logGroupName(GROUP).deliverLogsPermissionArn(role).maxAggregationInterval(60)).flowLogIds().get(0);
    }

    private static List<OutputLogEvent> storedEvents(CloudWatchLogsClient logs, String eni) {
        try {
            return logs.getLogEventsPaginator(b -> b.logGroupName(GROUP).logStreamName(eni + "-all")
                    .startFromHead(true)).stream().flatMap(page -> page.events().stream()).toList();
        } catch (ResourceNotFoundException e) {
            return List.of();
        }
    }

    private static FlowLog describe(Ec2Client ec2, String flowLogId) {
        return ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0);
    }
}
