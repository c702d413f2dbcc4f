package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.delivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole delivery loop over the wire: the account owner sets up the role, log group and flow log with the AWS SDK,
 * the Flow Logs publisher delivers through the role, and DescribeFlowLogs tells the truth when the role breaks.
 */
class DeliveryLoopAcceptanceTest {

    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
    static final Duration MINUTE = Duration.ofSeconds(60);
    static final String GROUP = "/aws/vpc/flow-logs";
    static final Pattern V2_RECORD = Pattern.compile(
            "2 000000000000 eni-[0-9a-f]{17} (\\S+ ){4}\\S+ \\S+ \\S+ \\d+ \\d+ (ACCEPT|REJECT|-) (OK|NODATA|SKIPDATA)");
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"000000000000"}}}]}""";

    SimulatedClock clock = SimulatedClock.manual(START);
    Emulator emulator;
    URI endpoint;
    IamClient iam;
    Ec2Client ec2;
    CloudWatchLogsClient logs;
    FlowLogsService flowLogs;

    @BeforeEach
    void start() throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)));
        endpoint = emulator.start();
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build();
        logs = CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
        flowLogs = new FlowLogsService(endpoint, clock, 11L);
    }

    @AfterEach
    void stop() {
        flowLogs.close();
        iam.close();
        ec2.close();
        logs.close();
        emulator.close();
    }

    private String setUp(String permissions) {
        String roleArn = iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST)).role().arn();
        iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(permissions));
        logs.createLogGroup(b -> b.logGroupName(GROUP));
        String vpcId = ec2.describeVpcs().vpcs().get(0).vpcId();
        return ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpcId).trafficType("ALL")
                .logGroupName(GROUP).deliverLogsPermissionArn(roleArn).maxAggregationInterval(60)).flowLogIds().get(0);
    }

    private static String policy(String... actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"],\"Resource\":\"*\"}]}";
    }

    private FlowLogWindowResult deliverMinute(int minute, String flowLogId) throws Exception {
        Instant windowStart = START.plus(MINUTE.multipliedBy(minute));
        clock.advanceTo(flowLogs.deliveryDueAt(windowStart, MINUTE));
        WindowReport report = flowLogs.deliverWindow(windowStart, MINUTE).get(1, TimeUnit.MINUTES);
        return report.flowLog(flowLogId).orElseThrow();
    }

    private FlowLog describe(String flowLogId) {
        return ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0);
    }

    @Test
    void recordsAreDeliveredThroughTheRoleIntoOneStreamPerEni() throws Exception {
        String flowLogId = setUp(policy("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
                "logs:DescribeLogGroups", "logs:DescribeLogStreams"));
        Accounting total = Accounting.empty();
        for (int minute = 0; minute < 3; minute++) {
            FlowLogWindowResult result = deliverMinute(minute, flowLogId);
            assertEquals(Outcome.SUCCESS, result.outcome());
            total = total.plus(result.accounting());
        }
        assertTrue(total.isBalanced(), total.toString());
        assertTrue(total.delivered() > 0);
        assertEquals(total.generated(), total.delivered());

        List<LogStream> streams = logs.describeLogStreams(b -> b.logGroupName(GROUP)).logStreams();
        assertEquals(3, streams.size(), "one stream per ENI of the built-in VPC");
        streams.forEach(s -> assertTrue(s.logStreamName().matches("eni-[0-9a-f]{17}-all"), s.logStreamName()));

        long stored = 0;
        for (LogStream stream : streams) {
            List<OutputLogEvent> events = logs.getLogEvents(b -> b.logGroupName(GROUP)
                    .logStreamName(stream.logStreamName()).startFromHead(true)).events();
            stored += events.size();
            for (OutputLogEvent e : events) {
                assertTrue(V2_RECORD.matcher(e.message()).matches(), e.message());
                String[] fields = e.message().split(" ");
                assertEquals(Long.parseLong(fields[10]) * 1000, e.timestamp(), "event time is the record's start");
            }
        }
        assertEquals(total.delivered(), stored, "the log group holds exactly the delivered records");
        assertEquals("SUCCESS", describe(flowLogId).deliverLogsStatus());
    }

    @Test
    void aRoleWithoutPutLogEventsTurnsTheFlowLogFailedWithAccessError() throws Exception {
        String flowLogId = setUp(policy("logs:CreateLogGroup", "logs:CreateLogStream",
                "logs:DescribeLogGroups", "logs:DescribeLogStreams"));
        FlowLogWindowResult result = deliverMinute(0, flowLogId);

        assertEquals(Outcome.ACCESS_ERROR, result.outcome());
        assertTrue(result.generated() > 0);
        assertEquals(result.generated(), result.accounting().dropped(DropReason.ACCESS_ERROR));
        var failure = result.firstFailure().orElseThrow();
        assertEquals("PutLogEvents", failure.operation());
        assertEquals("AccessDeniedException", failure.errorCode());
        assertTrue(failure.errorMessage().matches("User: arn:aws:sts::000000000000:assumed-role/FlowLogsRole/"
                + flowLogId + " is not authorized to perform: logs:PutLogEvents on resource: "
                + "arn:aws:logs:us-east-2:000000000000:log-group:/aws/vpc/flow-logs:log-stream:eni-[0-9a-f]{17}-all "
                + "because no identity-based policy allows the logs:PutLogEvents action"), failure.errorMessage());

        FlowLog status = describe(flowLogId);
        assertEquals("FAILED", status.deliverLogsStatus());
        assertEquals("Access error", status.deliverLogsErrorMessage());
        assertEquals(0, emulator.logs().eventCount("000000000000", "us-east-2", GROUP));
        assertFalse(emulator.decisions().denials().isEmpty());
    }

    @Test
    void theSameSeedDeliversTheSameRecords() throws Exception {
        String flowLogId = setUp(policy("logs:*"));
        deliverMinute(0, flowLogId);
        List<String> first = allMessages();

        stop();
        clock = SimulatedClock.manual(START);
        start();
        String again = setUp(policy("logs:*"));
        deliverMinute(0, again);
        assertEquals(first, allMessages());
    }

    private List<String> allMessages() {
        return logs.describeLogStreams(b -> b.logGroupName(GROUP)).logStreams().stream()
                .flatMap(s -> logs.getLogEvents(b -> b.logGroupName(GROUP).logStreamName(s.logStreamName())
                        .startFromHead(true)).events().stream().map(OutputLogEvent::message))
                .toList();
    }
}
