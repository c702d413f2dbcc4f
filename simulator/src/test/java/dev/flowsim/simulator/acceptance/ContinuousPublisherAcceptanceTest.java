package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.ContinuousPublisher;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
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
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code flowsim serve --clock-speed} does: a flow log created through the API gets records delivered as the
 * scaled clock passes each window's end plus the delivery delay, with no one driving windows by hand.
 */
class ContinuousPublisherAcceptanceTest {

    static final String GROUP = "/aws/vpc/flow-logs";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String LOGS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup",
              "logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogGroups","logs:DescribeLogStreams"],
              "Resource":"*"}]}""";

    @Test
    void aFlowLogCreatedThroughTheApiDeliversOnAScaledClock() throws InterruptedException {
        // 600 simulated seconds per real second: a one-minute window plus five minutes of delay is 0.6 s.
        SimulatedClock clock = SimulatedClock.scaled(Instant.parse("2026-01-15T10:00:00Z"), 600);
        List<WindowReport> reports = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
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
                 FlowLogsService service = new FlowLogsService(endpoint, clock, 5L);
                 ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(50),
                         Duration.ofSeconds(30), reports::add, problems::add)) {
                String role = iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST))
                        .role().arn();
                iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("logs").policyDocument(LOGS));
                String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
                String flowLogId = ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc).trafficType("ALL")
                        .logGroupName(GROUP).deliverLogsPermissionArn(role).maxAggregationInterval(60))
                        .flowLogIds().get(0);
                publisher.start();

                // The role may create the group, so the publisher creates it as the service does.
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        emulator.logs().group("000000000000", "us-east-2", GROUP).isPresent()
                                && emulator.logs().eventCount("000000000000", "us-east-2", GROUP) > 0);
                assertEquals("SUCCESS", ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0)
                        .deliverLogsStatus());
                assertTrue(reports.stream().allMatch(r -> r.accounting().isBalanced()));
                assertTrue(problems.isEmpty(), problems.toString());
            }
        }
    }
}
