package dev.flowsim.scenario;

import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.run.Check;
import dev.flowsim.scenario.run.RunResult;
import dev.flowsim.scenario.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newer parts of a scenario, played end to end: a custom topology and record format, re-creating a flow log,
 * stopping traffic, detaching and re-attaching a managed policy, and a log resource policy put and deleted.
 */
class TimelineActionsTest {

    @TempDir
    Path dir;

    private static final String ROLE = """
            roles:
              - name: FlowLogsRole
                trust:
                  Version: "2012-10-17"
                  Statement: [{Effect: Allow, Principal: {Service: vpc-flow-logs.amazonaws.com}, Action: sts:AssumeRole}]
                policies:
                  - name: delivery
                    document:
                      Version: "2012-10-17"
                      Statement: [{Effect: Allow, Action: "logs:*", Resource: "*"}]
            logGroups: [{name: g}]
            """;

    private RunResult run(String yaml) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return new ScenarioRunner().run(ScenarioLoader.load(file), ScenarioRunner.Options.plain());
    }

    private static void assertPassed(RunResult r) {
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        for (Check c : r.checks()) {
            assertTrue(c.passed(), c.toString());
        }
        assertTrue(r.passed());
    }

    @Test
    void aCustomTopologyAndRecordFormatShapeTheRecords() throws Exception {
        RunResult r = run("""
                name: custom-network
                description: one interface of a custom network, in a custom format
                duration: 3m
                delivery: {delay: 10s}
                topology:
                  accounts:
                    - accountId: "000000000000"
                      regions:
                        - region: us-east-2
                          vpcs:
                            - name: shop
                              id: vpc-0a1b2c3d4e5f60718
                              cidrBlock: 10.20.0.0/16
                              subnets: [{name: a, cidrBlock: 10.20.1.0/24, availabilityZone: a}]
                              networkInterfaces:
                                - {name: web-1, id: eni-0a1b2c3d4e5f60718, subnet: a, privateIpAddress: 10.20.1.10,
                                   publicIpAddress: 198.51.100.20, workload: {role: web, servicePorts: [443], volume: 3}}
                """ + ROLE + """
                flowLogs:
                  - name: main
                    resource: eni:web-1
                    logGroup: g
                    role: FlowLogsRole
                    logFormat: "${version} ${interface-id} ${srcaddr} ${dstaddr} ${action} ${log-status}"
                expectations:
                  - flowLogStatus: {flowLog: main, status: SUCCESS}
                  - logRecords: {logGroup: g, contains: "2 eni-0a1b2c3d4e5f60718 ", count: {min: 1}}
                  - logRecords: {logGroup: g, contains: "000000000000", count: 0}
                  - records: {flowLog: main, generated: {min: 1}, dropped: 0}
                """);
        assertPassed(r);
    }

    @Test
    void stoppedTrafficReportsNodataAndAChangedFlowLogDeliversInItsNewFormat() throws Exception {
        RunResult r = run("""
                name: change-and-stop
                description: traffic stops for a minute; the flow log is re-created with a custom format
                duration: 4m
                delivery: {delay: 10s}
                """ + ROLE + """
                flowLogs:
                  - {name: main, resource: vpc, logGroup: g, role: FlowLogsRole}
                timeline:
                  - {at: 1m, stopTraffic: true}
                  - {at: 2m, startTraffic: true}
                  - {at: 150s, changeFlowLog: {flowLog: main, logFormat: "${version} ${interface-id} ${log-status}"}}
                expectations:
                  - description: the silent minute's window, one NODATA record per interface (three)
                    logRecords: {logGroup: g, contains: " NODATA", count: {min: 3}}
                  - logRecords: {logGroup: g, contains: "2 000000000000 eni-", count: {min: 1}}
                  - logRecords: {logGroup: g, contains: " OK", count: {min: 1}}
                  - flowLogStatus: {flowLog: main, status: SUCCESS}
                  - records: {flowLog: main, dropped: 0}
                """);
        assertPassed(r);
        long delivered = r.byFlowLog().get("main").delivered();
        assertEquals(r.totals().delivered(), delivered, "the re-created flow log keeps the scenario's name");
    }

    @Test
    void detachingAManagedPolicyAndADenyingResourcePolicyBreakDeliveryUntilUndone() throws Exception {
        RunResult r = run("""
                name: policies-on-the-timeline
                description: a managed policy detached and re-attached; a log resource policy denies, then goes
                duration: 5m
                region: us-east-2
                delivery: {delay: 10s}
                managedPolicies:
                  - name: Delivery
                    region: eu-west-1
                    document:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
                          Resource: "arn:aws:logs:${region}:${account}:log-group:g:*"
                roles:
                  - name: FlowLogsRole
                    region: eu-west-1
                    managedPolicies: [Delivery]
                    trust:
                      Version: "2012-10-17"
                      Statement: [{Effect: Allow, Principal: {Service: vpc-flow-logs.amazonaws.com}, Action: sts:AssumeRole}]
                logGroups: [{name: g, region: eu-west-1}]
                flowLogs:
                  - {name: main, region: eu-west-1, resource: vpc, logGroup: g, role: FlowLogsRole}
                timeline:
                  - {at: 90s, detachPolicy: {policy: Delivery, role: FlowLogsRole}}
                  - {at: 150s, attachPolicy: {policy: Delivery, role: FlowLogsRole}}
                  - at: 210s
                    putResourcePolicy:
                      name: no-flow-logs
                      region: eu-west-1
                      document:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Deny
                            Principal: {AWS: "arn:aws:iam::${account}:role/FlowLogsRole"}
                            Action: logs:PutLogEvents
                            Resource: "*"
                  - {at: 270s, deleteResourcePolicy: {name: no-flow-logs, region: eu-west-1}}
                expectations:
                  - flowLogStatus: {flowLog: main, at: 80s, status: SUCCESS}
                  - flowLogStatus: {flowLog: main, at: 140s, status: FAILED, message: Access error}
                  - flowLogStatus: {flowLog: main, at: 200s, status: SUCCESS}
                  - flowLogStatus: {flowLog: main, at: 260s, status: FAILED, message: Access error}
                  - flowLogStatus: {flowLog: main, status: SUCCESS}
                  - denials: {action: "logs:PutLogEvents", reason: "resource-based policy"}
                  - records: {flowLog: main, delivered: {min: 1}, droppedAs: {access-error: {min: 2}}}
                """);
        assertPassed(r);
    }
}
