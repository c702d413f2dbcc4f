package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogBalance;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.book;
import static dev.flowsim.simulator.acceptance.FlowLogAccountingAcceptanceTest.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flow log deleted while records wait in its carry-over buffer: at the next window they are dropped as
 * FLOW_LOG_DELETED, so nothing stays pending forever, and the service's totals and the books still balance.
 */
class DeletedFlowLogCarryOverAcceptanceTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void recordsCarriedForADeletedFlowLogAreDroppedAtTheNextWindow() throws Exception {
        SimulatedClock clock = SimulatedClock.manual(Instant.parse("2026-03-02T09:00:00Z"));
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
            FlowLogsOptions options = FlowLogsOptions.defaults()
                    .withRetryBackoff(Duration.ofMillis(1), Duration.ofMillis(2));
            try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 FlowLogsService service = new FlowLogsService(endpoint, clock, 11L, options)) {
                String role = iam.createRole(b -> b.roleName("FlowLogsRole")
                        .assumeRolePolicyDocument(ContinuousPublisherAcceptanceTest.TRUST)).role().arn();
                iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("logs")
                        .policyDocument(ContinuousPublisherAcceptanceTest.LOGS));
                String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
                String flowLogId = ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc)
                        .trafficType("ALL").logGroupName("/flows/deleted").deliverLogsPermissionArn(role)
                        .maxAggregationInterval(60)).flowLogIds().get(0);
                assertEquals(201, post(endpoint, "/_flowsim/faults", """
                        {"id": "throttle-puts", "target": {"service": "logs", "operation": "PutLogEvents"},
                         "error": {"code": "ThrottlingException"}}""").statusCode());

                Instant first = Instant.parse("2026-03-02T09:00:00Z");
                clock.advanceTo(service.deliveryDueAt(first, MINUTE));
                FlowLogWindowResult throttled = service.deliverWindow(first, MINUTE).get(30, TimeUnit.SECONDS)
                        .flowLog(flowLogId).orElseThrow();
                assertTrue(throttled.carried() > 0, throttled.accounting().toString());
                assertEquals(throttled.generated(), throttled.carried(), "every stream was throttled");

                ec2.deleteFlowLogs(b -> b.flowLogIds(flowLogId));
                Instant second = first.plus(MINUTE);
                clock.advanceTo(service.deliveryDueAt(second, MINUTE));
                service.deliverWindow(second, MINUTE).get(30, TimeUnit.SECONDS);

                FlowLogBalance books = service.ledger().snapshot(flowLogId).orElseThrow();
                assertTrue(books.isBalanced(), books.toString());
                assertEquals(0, books.totals().pending(), "nothing stays pending for a deleted flow log");
                assertEquals(throttled.carried(), books.totals().dropped().get(DropReason.FLOW_LOG_DELETED));
                assertEquals(0, service.carryOver().held(flowLogId));
                assertTrue(service.totals().isBalanced(), service.totals().toString());
                assertEquals(throttled.carried(), service.totals().dropped(DropReason.FLOW_LOG_DELETED));
                // The book of a deleted flow log is posted best effort, without waiting for it.
                await().atMost(Duration.ofSeconds(10)).until(() -> book(endpoint, flowLogId)
                        .at("/totals/dropped/FLOW_LOG_DELETED").asLong() == throttled.carried());
                assertEquals(0, book(endpoint, flowLogId).at("/totals/pending").asLong());
            }
        }
    }
}
