package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.ec2.Topology;
import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.ec2.topology.TopologyLoader;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.delivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over the wire: DeliverLogsStatus follows what delivery meets and recovers once the cause is fixed; a log group
 * deleted mid-run is re-created when the role may, else the flow log shows Access error; and a configured topology's
 * security groups and network ACLs decide ACCEPT and REJECT in records of a version-5 custom format.
 */
class FlowLogsTruthAcceptanceTest {

    static final Instant START = Instant.parse("2026-02-01T08:00:00Z");
    static final Duration MINUTE = Duration.ofSeconds(60);
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-2";
    static final String GROUP = "/aws/vpc/truth";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String ALL_FIVE = policy("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
            "logs:DescribeLogGroups", "logs:DescribeLogStreams");
    static final String NO_CREATE_GROUP = policy("logs:CreateLogStream", "logs:PutLogEvents",
            "logs:DescribeLogGroups", "logs:DescribeLogStreams");

    /**
     * Web tier open to HTTPS; its subnet's ACL lets everything in but, a classic mistake, only TCP to port 443 out:
     * replies go to the clients' ephemeral ports, so the stateless ACL rejects them.
     */
    static final String TOPOLOGY = """
            accounts:
              - accountId: "000000000000"
                regions:
                  - region: us-east-2
                    vpcs:
                      - name: shop
                        cidrBlock: 10.20.0.0/16
                        securityGroups:
                          - name: web
                            ingress:
                              - {protocol: tcp, fromPort: 443, toPort: 443, cidr: 0.0.0.0/0}
                        networkAcls:
                          - name: strict
                            inbound:
                              - {ruleNumber: 100, protocol: "-1", cidr: 0.0.0.0/0, action: allow}
                            outbound:
                              - {ruleNumber: 100, protocol: tcp, fromPort: 443, toPort: 443, cidr: 0.0.0.0/0, action: allow}
                              - {ruleNumber: 200, protocol: udp, fromPort: 0, toPort: 65535, cidr: 0.0.0.0/0, action: allow}
                        subnets:
                          - {name: public, cidrBlock: 10.20.1.0/24, availabilityZone: b, networkAcl: strict}
                        networkInterfaces:
                          - name: web-1
                            subnet: public
                            privateIpAddress: 10.20.1.10
                            publicIpAddress: 198.51.100.20
                            securityGroups: [web]
                            workload: {role: web, servicePorts: [443], volume: 3}
                          - name: spare
                            subnet: public
                            privateIpAddress: 10.20.1.99
                            workload: {role: idle}
            """;

    SimulatedClock clock = SimulatedClock.manual(START);
    Emulator emulator;
    IamClient iam;
    Ec2Client ec2;
    CloudWatchLogsClient logs;
    FlowLogsService flowLogs;

    private void start(Topology topology) throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0)), topology);
        URI endpoint = emulator.start();
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build();
        ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.of(REGION)).credentialsProvider(creds)
                .httpClient(UrlConnectionHttpClient.create()).build();
        logs = CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(creds).httpClient(UrlConnectionHttpClient.create()).build();
        flowLogs = new FlowLogsService(endpoint, clock, 5L);
    }

    @AfterEach
    void stop() {
        flowLogs.close();
        iam.close();
        ec2.close();
        logs.close();
        emulator.close();
    }

    static String policy(String... actions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"],\"Resource\":\"*\"}]}";
    }

    private String createFlowLog(String permissions, String logFormat) {
        String roleArn = iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST)).role().arn();
        iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(permissions));
        String vpcId = ec2.describeVpcs().vpcs().get(0).vpcId();
        return ec2.createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpcId).trafficType("ALL")
                .logGroupName(GROUP).deliverLogsPermissionArn(roleArn).maxAggregationInterval(60)
                .logFormat(logFormat)).flowLogIds().get(0);
    }

    private FlowLogWindowResult deliverMinute(int minute, String flowLogId) throws Exception {
        Instant windowStart = START.plus(MINUTE.multipliedBy(minute));
        clock.advanceTo(flowLogs.deliveryDueAt(windowStart, MINUTE));
        return flowLogs.deliverWindow(windowStart, MINUTE).get(1, TimeUnit.MINUTES).flowLog(flowLogId).orElseThrow();
    }

    private FlowLog describe(String flowLogId) {
        return ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0);
    }

    private void setPolicy(String permissions) {
        iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(permissions));
    }

    @Test
    void theStatusTurnsFailedWithAccessErrorAndRecoversOnceThePolicyIsFixed() throws Exception {
        start(Topology.builtIn());
        String flowLogId = createFlowLog(policy("logs:CreateLogGroup", "logs:CreateLogStream"), null);
        assertEquals(Outcome.ACCESS_ERROR, deliverMinute(0, flowLogId).outcome());
        assertEquals("FAILED", describe(flowLogId).deliverLogsStatus());
        assertEquals("Access error", describe(flowLogId).deliverLogsErrorMessage());

        setPolicy(ALL_FIVE);
        FlowLogWindowResult fixed = deliverMinute(1, flowLogId);
        assertEquals(Outcome.SUCCESS, fixed.outcome());
        assertEquals("SUCCESS", describe(flowLogId).deliverLogsStatus());
        assertEquals(null, describe(flowLogId).deliverLogsErrorMessage(), "the error message goes with the failure");
        assertEquals(fixed.delivered(), emulator.logs().eventCount(ACCOUNT, REGION, GROUP));
    }

    @Test
    void aLogGroupDeletedMidRunIsRecreatedWhenTheRoleMayCreateGroups() throws Exception {
        start(Topology.builtIn());
        String flowLogId = createFlowLog(ALL_FIVE, null);
        assertEquals(Outcome.SUCCESS, deliverMinute(0, flowLogId).outcome());
        assertTrue(emulator.logs().deleteGroup(ACCOUNT, REGION, GROUP));

        FlowLogWindowResult after = deliverMinute(1, flowLogId);
        assertEquals(Outcome.SUCCESS, after.outcome());
        assertEquals("SUCCESS", describe(flowLogId).deliverLogsStatus());
        assertEquals(after.delivered(), emulator.logs().eventCount(ACCOUNT, REGION, GROUP),
                "the re-created group holds the new window's records");
    }

    @Test
    void aLogGroupDeletedMidRunIsAnAccessErrorWhenTheRoleMayNotCreateGroups() throws Exception {
        start(Topology.builtIn());
        logs.createLogGroup(b -> b.logGroupName(GROUP));
        String flowLogId = createFlowLog(NO_CREATE_GROUP, null);
        assertEquals(Outcome.SUCCESS, deliverMinute(0, flowLogId).outcome());
        assertTrue(emulator.logs().deleteGroup(ACCOUNT, REGION, GROUP));

        FlowLogWindowResult after = deliverMinute(1, flowLogId);
        assertEquals(Outcome.ACCESS_ERROR, after.outcome());
        assertEquals("CreateLogGroup", after.firstFailure().orElseThrow().operation());
        assertEquals("FAILED", describe(flowLogId).deliverLogsStatus());
        assertEquals("Access error", describe(flowLogId).deliverLogsErrorMessage());
        assertTrue(emulator.decisions().denials().stream()
                .anyMatch(d -> d.toString().contains("logs:CreateLogGroup")), "the denial is in the decision log");
    }

    @Test
    void aConfiguredTopologyDecidesAcceptAndRejectInVersion5Records() throws Exception {
        start(ConfiguredTopology.of(TopologyLoader.fromYaml(TOPOLOGY)));
        SecurityGroup web = ec2.describeSecurityGroups(b -> b.filters(f -> f.name("group-name").values("web")))
                .securityGroups().get(0);
        assertEquals(443, web.ipPermissions().get(0).fromPort());
        NetworkAcl strict = ec2.describeNetworkAcls(b -> b.filters(f -> f.name("default").values("false")))
                .networkAcls().get(0);
        assertEquals(32_767, strict.entries().get(strict.entries().size() - 1).ruleNumber());

        String format = "${version} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} "
                + "${tcp-flags} ${flow-direction} ${traffic-path} ${action} ${log-status} ${az-id}";
        String flowLogId = createFlowLog(ALL_FIVE, format);
        List<String> lines = new ArrayList<>();
        for (int minute = 0; minute < 3; minute++) {
            assertEquals(Outcome.SUCCESS, deliverMinute(minute, flowLogId).outcome());
        }
        logs.describeLogStreams(b -> b.logGroupName(GROUP)).logStreams().forEach(s -> lines.addAll(
                logs.getLogEvents(b -> b.logGroupName(GROUP).logStreamName(s.logStreamName()).startFromHead(true))
                        .events().stream().map(OutputLogEvent::message).toList()));
        assertFalse(lines.isEmpty());
        lines.forEach(line -> assertTrue(line.startsWith("5 ") && line.endsWith(" use2-az2"), line));

        List<String[]> web443 = lines.stream().map(l -> l.split(" "))
                .filter(f -> f[3].equals("10.20.1.10") && f[5].equals("443") && f[10].equals("ACCEPT")).toList();
        assertFalse(web443.isEmpty(), "HTTPS requests accepted");
        web443.forEach(f -> assertEquals("ingress", f[8]));
        List<String[]> replies = lines.stream().map(l -> l.split(" "))
                .filter(f -> f[2].equals("10.20.1.10") && f[4].equals("443")).toList();
        assertFalse(replies.isEmpty());
        replies.forEach(f -> {
            assertEquals("REJECT", f[10], "replies to ephemeral ports match no outbound ACL rule: " + String.join(" ", f));
            assertEquals("egress", f[8]);
            assertEquals("8", f[9], "towards the internet gateway");
            assertTrue(f[7].equals("18") || f[7].equals("19"), "SYN-ACK seen: " + String.join(" ", f));
        });
        assertTrue(lines.stream().map(l -> l.split(" ")).anyMatch(f -> f[3].equals("10.20.1.10")
                && f[10].equals("REJECT") && f[8].equals("ingress") && f[7].equals("2")),
                "scanners' SYNs to closed ports are refused by the security group");
        assertTrue(lines.stream().anyMatch(l -> l.contains(" - - - - - - - - - NODATA ")), "the idle interface: "
                + lines.stream().filter(l -> l.contains("NODATA")).findFirst().orElse("none"));
    }
}
