package dev.flowsim.simulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.ContinuousPublisher;
import dev.flowsim.simulator.FlowLogsService;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The books of a flow log run by the continuous publisher, read over plain HTTP from the emulator's admin API:
 * records in flight show as pending, and once settled every interface's delivered count is exactly the number of
 * events its log stream holds.
 */
class FlowLogAccountingAcceptanceTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theAdminApiShowsPendingWhileDeliveringAndBalancedBooksPerInterfaceAfter() throws Exception {
        SimulatedClock clock = SimulatedClock.manual(Instant.parse("2026-01-15T10:00:00Z"));
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
            try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                         .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
                 CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(endpoint)
                         .region(Region.US_EAST_2).credentialsProvider(creds)
                         .httpClient(UrlConnectionHttpClient.create()).build();
                 FlowLogsService service = new FlowLogsService(endpoint, clock, 11L);
                 ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(20),
                         Duration.ofSeconds(60), report -> { }, problem -> { })) {
                String role = iam.createRole(b -> b.roleName("FlowLogsRole")
                        .assumeRolePolicyDocument(ContinuousPublisherAcceptanceTest.TRUST)).role().arn();
                iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("logs")
                        .policyDocument(ContinuousPublisherAcceptanceTest.LOGS));
                String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
                String flowLogId = ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc).trafficType("ALL")
                        .logGroupName("/flows").deliverLogsPermissionArn(role).maxAggregationInterval(60))
                        .flowLogIds().get(0);
                assertEquals(404, get(endpoint, "/_flowsim/flow-logs/" + flowLogId).statusCode());

                // Every PutLogEvents answers half a second late, so the window's records sit in flight for a while.
                assertEquals(201, post(endpoint, "/_flowsim/faults", """
                        {"id": "slow-puts", "target": {"operation": "PutLogEvents"}, "latency": {"fixed": "500ms"}}
                        """).statusCode());
                publisher.start();
                clock.advanceBy(Duration.ofMinutes(6)); // the 10:00 window is due at 10:06

                AtomicReference<JsonNode> seen = new AtomicReference<>();
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    JsonNode book = book(endpoint, flowLogId);
                    seen.set(book);
                    return book != null && book.at("/totals/pending").asLong() > 0;
                });
                assertBalanced(seen.get());
                assertTrue(seen.get().at("/totals/generated").asLong() > 0);
                HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/_flowsim/faults")).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());

                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    JsonNode book = book(endpoint, flowLogId);
                    seen.set(book);
                    return book.at("/totals/pending").asLong() == 0;
                });
                JsonNode settled = seen.get();
                assertBalanced(settled);
                assertEquals(settled.at("/totals/generated").asLong(), settled.at("/totals/delivered").asLong());
                int interfaces = 0;
                for (Iterator<Map.Entry<String, JsonNode>> it = settled.get("interfaces").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> eni = it.next();
                    long stored = logs.getLogEventsPaginator(b -> b.logGroupName("/flows")
                                    .logStreamName(eni.getKey() + "-all").startFromHead(true)).stream()
                            .mapToLong(page -> page.events().size()).sum();
                    assertEquals(stored, eni.getValue().get("delivered").asLong(), eni.getKey());
                    interfaces++;
                }
                assertTrue(interfaces >= 2, "a VPC flow log has books for each of its interfaces");

                HttpResponse<String> all = get(endpoint, "/_flowsim/flow-logs");
                assertEquals(200, all.statusCode());
                assertEquals(flowLogId, JSON.readTree(all.body()).at("/flowLogs/0/flowLogId").asText());
            }
        }
    }

    @Test
    void unbalancedBooksAreRefusedAndLeaveNothingBehind() throws Exception {
        try (Emulator emulator = Emulator.create(EmulatorOptions.defaults()
                .withServer(ServerConfig.defaults().withPort(0)))) {
            URI endpoint = emulator.start();
            HttpResponse<String> refused = post(endpoint, "/_flowsim/delivery/accounting", """
                    {"flowLogId": "fl-0123456789abcdef0", "takenAt": 1, "interfaces": {"eni-1": {"generated": 5,
                     "delivered": 3, "pending": 1, "rejected": {}, "dropped": {"ACCESS_ERROR": 0}}}}""");
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("must balance"), refused.body());
            HttpResponse<String> wrongTotals = post(endpoint, "/_flowsim/delivery/accounting", """
                    {"flowLogId": "fl-0123456789abcdef0", "takenAt": 1,
                     "totals": {"generated": 9, "delivered": 9, "pending": 0},
                     "interfaces": {"eni-1": {"generated": 5, "delivered": 5, "pending": 0}}}""");
            assertEquals(400, wrongTotals.statusCode());
            assertTrue(wrongTotals.body().contains("sum of the interfaces"), wrongTotals.body());
            assertEquals("[ ]", JSON.readTree(get(endpoint, "/_flowsim/flow-logs").body()).get("flowLogs")
                    .toPrettyString());
        }
    }

    static void assertBalanced(JsonNode book) {
        assertTrue(book.get("balanced").asBoolean(), book.toPrettyString());
        long generated = book.at("/totals/generated").asLong();
        long settled = book.at("/totals/delivered").asLong() + book.at("/totals/pending").asLong()
                + sum(book.at("/totals/rejected")) + sum(book.at("/totals/dropped"));
        assertEquals(generated, settled, book.toPrettyString());
    }

    static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }

    static JsonNode book(URI endpoint, String flowLogId) throws Exception {
        HttpResponse<String> response = get(endpoint, "/_flowsim/flow-logs/" + flowLogId);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static HttpResponse<String> get(URI endpoint, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI endpoint, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
