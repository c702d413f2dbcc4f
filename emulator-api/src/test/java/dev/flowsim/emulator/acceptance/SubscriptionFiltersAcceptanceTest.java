package dev.flowsim.emulator.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.logs.subscription.SubscriptionDelivery;
import dev.flowsim.emulator.logs.subscription.SubscriptionDestination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LimitExceededException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.SubscriptionFilter;
import software.amazon.awssdk.services.iam.IamClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subscription filters through the real SDK: a REJECT pattern delivers exactly the matching flow-log records, with
 * their stored ids, to a directory in Firehose's S3 layout and to an HTTP endpoint in Firehose's request format; the
 * role is checked by the IAM engine, denials are explained in the decision log and every event is counted.
 */
class SubscriptionFiltersAcceptanceTest {

    static final String ACCOUNT = "000000000000";
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/CWLtoFirehose";
    static final String READ_ONLY_ROLE_ARN = "arn:aws:iam::000000000000:role/CWLReadOnly";
    static final String ARCHIVE = "arn:aws:firehose:us-east-2:000000000000:deliverystream/flow-archive";
    static final String SIEM = "arn:aws:firehose:us-east-2:000000000000:deliverystream/siem";
    /** For the tests that do not read what was written, so the archive holds only the REJECT test's objects. */
    static final String SCRATCH = "arn:aws:firehose:us-east-2:000000000000:deliverystream/scratch";
    static final String REJECT_PATTERN = "[version, account, eni, source, destination, srcport, destport, protocol, "
            + "packets, bytes, windowstart, windowend, action=\"REJECT\", flowlogstatus]";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"logs.amazonaws.com"},
              "Action":"sts:AssumeRole",
              "Condition":{"StringLike":{"aws:SourceArn":"arn:aws:logs:us-east-2:000000000000:*"}}}]}""";
    static final String WRITE = """
            {"Version":"2012-10-17","Statement":[{"Sid":"ToFirehose","Effect":"Allow",
              "Action":["firehose:PutRecord","firehose:PutRecordBatch"],
              "Resource":"arn:aws:firehose:us-east-2:000000000000:deliverystream/*"}]}""";
    static final String READ_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Look","Effect":"Allow",
              "Action":"firehose:DescribeDeliveryStream","Resource":"*"}]}""";
    static final List<String> LINES = List.of(
            "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
            "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
            "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
            "2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 0 1 4 336 1432917027 1432917142 ACCEPT OK",
            "2 123456789010 eni-1235b8ca123456789 198.51.100.7 172.31.16.139 51234 22 6 3 180 1432917027 1432917142 REJECT OK");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    static EmulatorFixture fx;
    static HttpServer endpoint;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger endpointStatus = new AtomicInteger(200);

    record Received(String requestIdHeader, JsonNode body) {
    }

    @BeforeAll
    static void start() throws Exception {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("CWLtoFirehose").assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName("CWLtoFirehose").policyName("write").policyDocument(WRITE));
            iam.createRole(b -> b.roleName("CWLReadOnly").assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName("CWLReadOnly").policyName("look").policyDocument(READ_ONLY));
        }
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/firehose", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String requestId = exchange.getRequestHeaders().getFirst("X-Amz-Firehose-Request-Id");
            received.add(new Received(requestId, body));
            byte[] answer = ("{\"requestId\":\"" + body.get("requestId").asText() + "\",\"timestamp\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(endpointStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        endpoint.start();
        fx.emulator.subscriptionDestinations().register("siem", new SubscriptionDestination.HttpEndpoint(
                URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/firehose"), null));
        fx.emulator.subscriptionDestinations().register("scratch",
                new SubscriptionDestination.Directory(scratch, ""));
        // The archive is registered the way a user of `flowsim serve` does it: through the admin API.
        HttpResponse<String> registered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        fx.endpoint.resolve("/_flowsim/subscription-destinations"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"deliveryStream\":\"flow-archive\",\"directory\":\""
                        + dir.toString().replace("\\", "\\\\") + "\",\"prefix\":\"flowlogs/\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, registered.statusCode(), registered.body());
    }

    @AfterAll
    static void stop() {
        endpoint.stop(0);
        fx.close();
    }

    static void createGroup(CloudWatchLogsClient logs, String group, String stream) {
        logs.createLogGroup(b -> b.logGroupName(group));
        logs.createLogStream(b -> b.logGroupName(group).logStreamName(stream));
    }

    static void putLines(CloudWatchLogsClient logs, String group, String stream) {
        long ts = EmulatorFixture.START.toEpochMilli();
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(LINES.stream()
                .map(m -> InputLogEvent.builder().timestamp(ts).message(m).build()).toList()));
    }

    /** Every JSON document in the objects under the directory: gzip members back to back. */
    static List<JsonNode> records(Path root) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.addAll(gunzipAll(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    static List<JsonNode> gunzipAll(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes));
             MappingIterator<JsonNode> docs = JSON.readerFor(JsonNode.class).readValues(in)) {
            return docs.readAll();
        }
    }

    static double events(String group, String outcome, String reason) {
        var counter = fx.emulator.meters().find(SubscriptionDelivery.EVENTS).tag("log_group", group)
                .tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aRejectFilterDeliversExactlyTheRejectedRecordsToAFirehoseLayoutDirectory() throws IOException {
        String group = "/vpc/archive";
        String stream = "eni-1235b8ca123456789-all";
        try (CloudWatchLogsClient logs = fx.logs()) {
            createGroup(logs, group, stream);
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("rejects").filterPattern(REJECT_PATTERN)
                    .destinationArn(ARCHIVE).roleArn(ROLE_ARN));
            List<JsonNode> afterCreate = records(dir);
            assertEquals(1, afterCreate.size(), "the CONTROL_MESSAGE arrives when the filter is created");
            JsonNode control = afterCreate.get(0);
            assertEquals("CONTROL_MESSAGE", control.get("messageType").asText());
            assertEquals("CloudwatchLogs", control.get("owner").asText());
            assertEquals("CWL CONTROL MESSAGE: Checking health of destination Firehose.",
                    control.get("logEvents").get(0).get("message").asText());

            putLines(logs, group, stream);
            await().atMost(Duration.ofSeconds(10)).until(() -> records(dir).size() == 2);
            JsonNode data = records(dir).stream().filter(r -> r.get("messageType").asText().equals("DATA_MESSAGE"))
                    .findFirst().orElseThrow();
            assertEquals(ACCOUNT, data.get("owner").asText());
            assertEquals(group, data.get("logGroup").asText());
            assertEquals(stream, data.get("logStream").asText());
            assertEquals(List.of("rejects"), JSON.convertValue(data.get("subscriptionFilters"), List.class));
            List<String> messages = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            data.get("logEvents").forEach(e -> {
                messages.add(e.get("message").asText());
                ids.add(e.get("id").asText());
                assertEquals(EmulatorFixture.START.toEpochMilli(), e.get("timestamp").asLong());
            });
            assertEquals(List.of(LINES.get(1), LINES.get(4)), messages);
            List<String> storedIds = logs.filterLogEvents(b -> b.logGroupName(group).filterPattern(REJECT_PATTERN))
                    .events().stream().map(FilteredLogEvent::eventId).toList();
            assertEquals(storedIds, ids, "payload ids are the stored event ids");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> keys = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()
                    .replace('\\', '/')).toList();
            assertEquals(2, keys.size());
            for (String key : keys) {
                assertTrue(key.matches("flowlogs/2026/01/15/10/flow-archive-1-2026-01-15-10-00-00-"
                        + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), key);
            }
        }
        assertEquals(2, events(group, "delivered", ""));
        assertEquals(3, events(group, "not_matched", ""));
    }

    @Test
    void anHttpEndpointReceivesWhatAFirehoseHttpDestinationReceives() throws IOException {
        String group = "/vpc/siem";
        try (CloudWatchLogsClient logs = fx.logs()) {
            createGroup(logs, group, "s");
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("to-siem").filterPattern("REJECT")
                    .destinationArn(SIEM).roleArn(ROLE_ARN));
            putLines(logs, group, "s");
            await().atMost(Duration.ofSeconds(10)).until(() -> events(group, "delivered", "") == 2);
        }
        List<JsonNode> payloads = new ArrayList<>();
        for (Received r : received) {
            assertEquals(r.body().get("requestId").asText(), r.requestIdHeader());
            for (JsonNode record : r.body().get("records")) {
                payloads.addAll(gunzipAll(Base64.getDecoder().decode(record.get("data").asText())));
            }
        }
        JsonNode data = payloads.stream().filter(p -> p.get("logGroup").asText().equals(group)).findFirst()
                .orElseThrow();
        assertEquals(2, data.get("logEvents").size());
        assertEquals(LINES.get(4), data.get("logEvents").get(1).get("message").asText());
        assertTrue(payloads.stream().anyMatch(p -> p.get("messageType").asText().equals("CONTROL_MESSAGE")));
    }

    @Test
    void aFailingEndpointCountsEveryMatchingEventAsFailed() {
        String group = "/vpc/siem-down";
        try (CloudWatchLogsClient logs = fx.logs()) {
            createGroup(logs, group, "s");
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("to-siem").filterPattern("OK")
                    .destinationArn(SIEM).roleArn(ROLE_ARN));
            endpointStatus.set(503);
            try {
                putLines(logs, group, "s");
                await().atMost(Duration.ofSeconds(10)).until(() -> events(group, "failed", "http_status_503") == 4);
            } finally {
                endpointStatus.set(200);
            }
            assertEquals(1, events(group, "not_matched", ""));
        }
    }

    @Test
    void aRoleThatMayNotWriteIsRefusedAndTheDenialIsExplained() {
        String group = "/vpc/denied";
        try (CloudWatchLogsClient logs = fx.logs(); IamClient iam = fx.iam()) {
            createGroup(logs, group, "s");
            InvalidParameterException refused = assertThrows(InvalidParameterException.class, () ->
                    logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("f").filterPattern("")
                            .destinationArn(SCRATCH).roleArn(READ_ONLY_ROLE_ARN)));
            assertEquals("Could not deliver test message to specified Firehose stream. Check if the given Firehose "
                    + "stream is in ACTIVE state.", refused.awsErrorDetails().errorMessage());
            DecisionLog.Entry denial = lastDenial();
            assertEquals("firehose:PutRecordBatch", denial.action());
            assertTrue(denial.principalArn().contains("assumed-role/CWLReadOnly/"), denial.principalArn());
            assertEquals(SCRATCH, denial.resource());
            assertTrue(denial.fix() != null && !denial.fix().isBlank());
            assertTrue(logs.describeSubscriptionFilters(b -> b.logGroupName(group)).subscriptionFilters().isEmpty());

            // A role whose permission is removed after creation: deliveries fail, counted and explained.
            iam.createRole(b -> b.roleName("Shortlived").assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName("Shortlived").policyName("write").policyDocument(WRITE));
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("f").filterPattern("REJECT")
                    .destinationArn(SCRATCH).roleArn("arn:aws:iam::000000000000:role/Shortlived"));
            iam.deleteRolePolicy(b -> b.roleName("Shortlived").policyName("write"));
            putLines(logs, group, "s");
            await().atMost(Duration.ofSeconds(10)).until(() -> events(group, "failed", "access_denied") == 2);
            assertTrue(lastDenial().principalArn().contains("assumed-role/Shortlived/"));
        }
    }

    static DecisionLog.Entry lastDenial() {
        List<DecisionLog.Entry> denials = fx.emulator.decisions().denials();
        return denials.get(denials.size() - 1);
    }

    @Test
    void describeLimitsAndErrorsAreAwss() {
        String group = "/vpc/limits";
        try (CloudWatchLogsClient logs = fx.logs()) {
            createGroup(logs, group, "s");
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("b").filterPattern("")
                    .destinationArn(SCRATCH).roleArn(ROLE_ARN));
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("a").filterPattern("REJECT")
                    .destinationArn(SCRATCH).roleArn(ROLE_ARN).distribution("Random"));
            LimitExceededException limit = assertThrows(LimitExceededException.class, () ->
                    logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("c").filterPattern("")
                            .destinationArn(SCRATCH).roleArn(ROLE_ARN)));
            assertEquals("Resource limit exceeded.", limit.awsErrorDetails().errorMessage());
            logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("b").filterPattern("[version, ...]")
                    .destinationArn(SCRATCH).roleArn(ROLE_ARN));

            List<SubscriptionFilter> filters = logs.describeSubscriptionFilters(b -> b.logGroupName(group))
                    .subscriptionFilters();
            assertEquals(List.of("a", "b"), filters.stream().map(SubscriptionFilter::filterName).toList());
            assertEquals("Random", filters.get(0).distributionAsString());
            assertEquals("ByLogStream", filters.get(1).distributionAsString());
            assertEquals("[version, ...]", filters.get(1).filterPattern(), "re-putting a name updates the filter");
            assertEquals(ROLE_ARN, filters.get(1).roleArn());
            assertEquals(SCRATCH, filters.get(1).destinationArn());
            assertEquals(EmulatorFixture.START.toEpochMilli(), filters.get(1).creationTime());
            assertEquals(List.of("b"), logs.describeSubscriptionFilters(b -> b.logGroupName(group)
                    .filterNamePrefix("b")).subscriptionFilters().stream().map(SubscriptionFilter::filterName)
                    .toList());
            var firstPage = logs.describeSubscriptionFilters(b -> b.logGroupName(group).limit(1));
            assertEquals(1, firstPage.subscriptionFilters().size());
            assertEquals("b", logs.describeSubscriptionFilters(b -> b.logGroupName(group)
                    .nextToken(firstPage.nextToken())).subscriptionFilters().get(0).filterName());

            assertMessage(InvalidParameterException.class, "destinationArn for vendor kinesis cannot be used "
                    + "without roleArn", () -> logs.putSubscriptionFilter(b -> b.logGroupName(group)
                    .filterName("a").filterPattern("").destinationArn(
                            "arn:aws:kinesis:us-east-2:000000000000:stream/flows")));
            assertMessage(InvalidParameterException.class, "Could not deliver test message to specified Firehose "
                    + "stream. Check if the given Firehose stream is in ACTIVE state.", () ->
                    logs.putSubscriptionFilter(b -> b.logGroupName(group).filterName("a").filterPattern("")
                            .destinationArn("arn:aws:firehose:us-east-2:000000000000:deliverystream/unknown")
                            .roleArn(ROLE_ARN)));
            assertMessage(ResourceNotFoundException.class, "The specified log group does not exist.", () ->
                    logs.putSubscriptionFilter(b -> b.logGroupName("/nope").filterName("a").filterPattern("")
                            .destinationArn(SCRATCH).roleArn(ROLE_ARN)));
            assertMessage(ResourceNotFoundException.class, "The specified subscription filter does not exist.",
                    () -> logs.deleteSubscriptionFilter(b -> b.logGroupName(group).filterName("zzz")));
            logs.deleteSubscriptionFilter(b -> b.logGroupName(group).filterName("a"));
            assertEquals(1, logs.describeSubscriptionFilters(b -> b.logGroupName(group)).subscriptionFilters()
                    .size());
        }
    }

    static <T extends Exception> void assertMessage(Class<T> type, String message,
                                                    org.junit.jupiter.api.function.Executable call) {
        T e = assertThrows(type, call);
        assertEquals(message, ((software.amazon.awssdk.awscore.exception.AwsServiceException) e)
                .awsErrorDetails().errorMessage());
    }
}
