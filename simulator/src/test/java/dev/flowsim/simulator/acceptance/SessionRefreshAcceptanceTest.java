package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.delivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Role sessions expire on the simulated clock (DurationSeconds defaults to 3600), and the publisher assumes the role
 * again before they do: four simulated hours of 10-minute windows, as a 60× compressed run would replay them in four
 * real minutes, driven window by window on a manual clock, deliver every record with no failure.
 */
class SessionRefreshAcceptanceTest {

    static final Instant START = Instant.parse("2026-01-15T00:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration RUN = Duration.ofHours(4);
    static final String GROUP = "/aws/vpc/flow-logs";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"000000000000"}}}]}""";
    static final String DELIVER = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup",
              "logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogGroups","logs:DescribeLogStreams"],
              "Resource":"*"}]}""";

    final SimulatedClock clock = SimulatedClock.manual(START);
    Emulator emulator;
    FlowLogsService flowLogs;

    @BeforeEach
    void start() throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)));
        URI endpoint = emulator.start();
        flowLogs = new FlowLogsService(endpoint, clock, 7L);
    }

    @AfterEach
    void stop() {
        flowLogs.close();
        emulator.close();
    }

    private String setUp(URI endpoint) {
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
             Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_2)
                     .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
             CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(endpoint)
                     .region(Region.US_EAST_2).credentialsProvider(creds)
                     .httpClient(UrlConnectionHttpClient.create()).build()) {
            String roleArn = iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST))
                    .role().arn();
            iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(DELIVER));
            logs.createLogGroup(b -> b.logGroupName(GROUP));
            String vpcId = ec2.describeVpcs().vpcs().get(0).vpcId();
            return ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpcId).trafficType("ALL")
                    .logGroupName(GROUP).deliverLogsPermissionArn(roleArn).maxAggregationInterval(600))
                    .flowLogIds().get(0);
        }
    }

    private long assumeRoleCalls() {
        List<DecisionLog.Entry> entries = emulator.decisions()
                .entries(e -> e.action().equals("sts:AssumeRole") && e.allowed());
        return entries.size();
    }

    @Test
    void sessionsAreRefreshedBeforeTheyExpireAndNoWindowFails() throws Exception {
        String flowLogId = setUp(emulator.endpoint());
        Accounting total = Accounting.empty();
        int windows = (int) (RUN.toSeconds() / WINDOW.toSeconds());
        for (int w = 0; w < windows; w++) {
            Instant windowStart = START.plus(WINDOW.multipliedBy(w));
            clock.advanceTo(flowLogs.deliveryDueAt(windowStart, WINDOW));
            FlowLogWindowResult result = flowLogs.deliverWindow(windowStart, WINDOW).get(1, TimeUnit.MINUTES)
                    .flowLog(flowLogId).orElseThrow();
            assertEquals(Outcome.SUCCESS, result.outcome(), "window " + windowStart + ": " + result);
            total = total.plus(result.accounting());
        }
        assertTrue(total.isBalanced(), total.toString());
        assertTrue(total.delivered() > 0);
        assertEquals(total.generated(), total.delivered(), "nothing rejected or dropped");
        // One session per simulated hour at least: the first AssumeRole plus a refresh before each expiry.
        assertTrue(assumeRoleCalls() >= RUN.toHours(), "AssumeRole calls: " + assumeRoleCalls());
        assertTrue(emulator.decisions().entries(e -> !e.allowed()).isEmpty(), "no denial on the way");
    }
}
