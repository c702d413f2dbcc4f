package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.identity.config.AccountsConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
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
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * flowsim's cross-account delivery [U] end to end: a flow log in account A delivers into a log group of account B
 * through A's role. Without B's resource policy the status is FAILED / Access error, with the denial at the
 * resource-policy hop in the decision log; once B allows the role it is SUCCESS and the records are in B's group.
 */
class CrossAccountDeliveryAcceptanceTest {

    static final Instant START = Instant.parse("2026-02-01T08:00:00Z");
    static final Duration MINUTE = Duration.ofSeconds(60);
    static final String OWNER = "000000000000";
    static final String DESTINATION = "111122223333";
    static final String REGION = "us-east-2";
    static final String GROUP = "central-flow-logs";
    static final String DESTINATION_ARN = "arn:aws:logs:" + REGION + ":" + DESTINATION + ":log-group:" + GROUP;
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String DELIVER = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup",
              "logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogGroups","logs:DescribeLogStreams"],
              "Resource":"*"}]}""";
    static final String CREATE_STREAMS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"StreamsOnly","Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:role/FlowLogsRole"},"Action":"logs:CreateLogStream",
              "Resource":"arn:aws:logs:us-east-2:111122223333:log-group:central-flow-logs:*"}]}""";
    static final String LET_OWNER_DELIVER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"FlowLogsFromOwner","Effect":"Allow",
              "Principal":{"AWS":"000000000000"},"Action":["logs:CreateLogStream","logs:PutLogEvents"],
              "Resource":"arn:aws:logs:us-east-2:111122223333:log-group:central-flow-logs:*"}]}""";

    SimulatedClock clock = SimulatedClock.manual(START);
    Emulator emulator;
    IamClient iam;
    Ec2Client ec2;
    CloudWatchLogsClient destinationLogs;
    FlowLogsService flowLogs;

    @BeforeEach
    void start() throws InterruptedException {
        AccountsConfig accounts = new AccountsConfig(List.of(new AccountsConfig.Account(DESTINATION,
                List.of(new AccountsConfig.Key("ROOTKEYDESTINATION01", "destination-secret")), null, null, null)));
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock).withAccounts(accounts)
                .withServer(ServerConfig.defaults().withPort(0)));
        URI endpoint = emulator.start();
        var owner = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(owner)
                .httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.of(REGION)).credentialsProvider(owner)
                .httpClient(UrlConnectionHttpClient.create()).build();
        destinationLogs = CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        "ROOTKEYDESTINATION01", "destination-secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        flowLogs = new FlowLogsService(endpoint, clock, 5L);
    }

    @AfterEach
    void stop() {
        flowLogs.close();
        iam.close();
        ec2.close();
        destinationLogs.close();
        emulator.close();
    }

    private String createCrossAccountFlowLog() {
        String roleArn = iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST)).role().arn();
        iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(DELIVER));
        String vpcId = ec2.describeVpcs().vpcs().get(0).vpcId();
        return ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpcId).trafficType("ALL")
                .logDestination(DESTINATION_ARN).deliverLogsPermissionArn(roleArn).maxAggregationInterval(60))
                .flowLogIds().get(0);
    }

    private FlowLogWindowResult deliverMinute(int minute, String flowLogId) throws Exception {
        Instant windowStart = START.plus(MINUTE.multipliedBy(minute));
        clock.advanceTo(flowLogs.deliveryDueAt(windowStart, MINUTE));
        return flowLogs.deliverWindow(windowStart, MINUTE).get(1, TimeUnit.MINUTES).flowLog(flowLogId).orElseThrow();
    }

    private FlowLog describe(String flowLogId) {
        return ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0);
    }

    private DecisionLog.Entry denialOf(String action) {
        return emulator.decisions().denials().stream().filter(d -> d.action().equals(action)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no denial of " + action));
    }

    @Test
    void withoutTheDestinationsResourcePolicyDeliveryFailsAndRecoversOnceItAllowsTheOwner() throws Exception {
        destinationLogs.createLogGroup(b -> b.logGroupName(GROUP));
        String flowLogId = createCrossAccountFlowLog();
        assertEquals(DESTINATION_ARN, describe(flowLogId).logDestination(), "DescribeFlowLogs shows the ARN as given");

        FlowLogWindowResult refused = deliverMinute(0, flowLogId);
        assertEquals(Outcome.ACCESS_ERROR, refused.outcome());
        assertEquals("FAILED", describe(flowLogId).deliverLogsStatus());
        assertEquals("Access error", describe(flowLogId).deliverLogsErrorMessage());
        DecisionLog.Entry denial = denialOf("logs:CreateLogStream");
        assertEquals("resource-based policy", denial.decidingPolicyType());
        assertTrue(denial.message().endsWith("because no resource-based policy allows the logs:CreateLogStream "
                + "action"), denial.message());

        destinationLogs.putResourcePolicy(b -> b.policyName("flow-logs-from-owner").policyDocument(LET_OWNER_DELIVER));
        FlowLogWindowResult fixed = deliverMinute(1, flowLogId);
        assertEquals(Outcome.SUCCESS, fixed.outcome());
        assertEquals("SUCCESS", describe(flowLogId).deliverLogsStatus());
        assertTrue(fixed.delivered() > 0);
        assertEquals(fixed.delivered(), emulator.logs().eventCount(DESTINATION, REGION, GROUP),
                "the records are in account B's group");
        assertTrue(emulator.logs().group(OWNER, REGION, GROUP).isEmpty(), "no group appeared in account A");
    }

    @Test
    void aResourcePolicyWithoutPutLogEventsIsDeniedAtTheResourceHop() throws Exception {
        destinationLogs.createLogGroup(b -> b.logGroupName(GROUP));
        destinationLogs.putResourcePolicy(b -> b.policyName("streams-only").policyDocument(CREATE_STREAMS_ONLY));
        String flowLogId = createCrossAccountFlowLog();

        FlowLogWindowResult refused = deliverMinute(0, flowLogId);
        assertEquals(Outcome.ACCESS_ERROR, refused.outcome());
        assertEquals("PutLogEvents", refused.firstFailure().orElseThrow().operation());
        assertEquals("Access error", describe(flowLogId).deliverLogsErrorMessage());
        DecisionLog.Entry denial = denialOf("logs:PutLogEvents");
        assertTrue(denial.message().startsWith("User: arn:aws:sts::000000000000:assumed-role/FlowLogsRole/"
                + flowLogId + " is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-2:"
                + "111122223333:log-group:central-flow-logs:log-stream:"), denial.message());
        assertTrue(denial.message().endsWith("because no resource-based policy allows the logs:PutLogEvents action"),
                denial.message());
    }

    @Test
    void aMissingGroupInTheDestinationAccountIsAnAccessErrorAndNeverCreated() throws Exception {
        destinationLogs.putResourcePolicy(b -> b.policyName("flow-logs-from-owner").policyDocument(LET_OWNER_DELIVER));
        String flowLogId = createCrossAccountFlowLog();

        FlowLogWindowResult refused = deliverMinute(0, flowLogId);
        assertEquals(Outcome.ACCESS_ERROR, refused.outcome());
        assertEquals("CreateLogStream", refused.firstFailure().orElseThrow().operation());
        assertEquals("ResourceNotFoundException", refused.firstFailure().orElseThrow().errorCode());
        assertEquals("Access error", describe(flowLogId).deliverLogsErrorMessage());
        assertTrue(emulator.logs().group(DESTINATION, REGION, GROUP).isEmpty(), "the service creates no group in B");
        assertTrue(emulator.logs().group(OWNER, REGION, GROUP).isEmpty(), "nor in A");
    }
}
