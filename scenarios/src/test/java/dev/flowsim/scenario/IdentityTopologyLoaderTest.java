package dev.flowsim.scenario;

import dev.flowsim.scenario.load.Problem;
import dev.flowsim.scenario.load.ScenarioException;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Users, managed policies, topology and the newer timeline actions are read as strictly as the rest. */
class IdentityTopologyLoaderTest {

    @TempDir
    Path dir;

    private static final String BASE = """
            name: t
            description: a test
            managedPolicies:
              - name: Operate
                document: {Version: "2012-10-17", Statement: []}
            users:
              - name: alice
                managedPolicies: [Operate]
            roles:
              - name: R
                trust: {Version: "2012-10-17", Statement: []}
            flowLogs:
              - name: main
                logGroup: g
                role: R
                createdBy: alice
            """;

    private Scenario load(String yaml) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return ScenarioLoader.load(file).scenario();
    }

    private Problem onlyProblem(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void usersManagedPoliciesAndCreatedByLoad() throws Exception {
        Scenario s = load(BASE);
        assertEquals("alice", s.users().get(0).name());
        assertEquals(1, s.users().get(0).accessKeysOrDefault());
        assertEquals("arn:aws:iam::000000000000:policy/Operate", s.managedPolicies().get(0).arnIn("000000000000"));
        assertEquals("alice", s.flowLogs().get(0).createdBy());
    }

    @Test
    void aFlowLogCreatedByAnUndefinedUserIsReportedWhereItIsWritten() throws IOException {
        Problem p = onlyProblem(BASE.replace("createdBy: alice", "createdBy: bob"));
        assertEquals(16, p.line(), p.toString());
        assertTrue(p.message().contains("created by user 'bob', which the scenario does not define"), p.message());
    }

    @Test
    void aUserWithoutAccessKeysCannotCreateAnything() throws IOException {
        Problem p = onlyProblem(BASE.replace("managedPolicies: [Operate]", "managedPolicies: [Operate]\n"
                + "    accessKeys: 0"));
        assertTrue(p.message().contains("with an access key"), p.message());
        Problem three = onlyProblem(BASE.replace("managedPolicies: [Operate]", "managedPolicies: [Operate]\n"
                + "    accessKeys: 3"));
        assertEquals(9, three.line(), three.toString());
        assertTrue(three.message().contains("accessKeys must be 0, 1 or 2"), three.message());
    }

    @Test
    void anUndefinedManagedPolicyIsNamedWithItsAccount() throws IOException {
        Problem p = onlyProblem(BASE.replace("managedPolicies: [Operate]", "managedPolicies: [Operator]"));
        assertEquals(8, p.line(), p.toString());
        assertTrue(p.message().contains("managed policy 'Operator' is not defined under 'managedPolicies' in account "
                + "000000000000"), p.message());
    }

    @Test
    void aRoleRegionMustBeARegion() throws IOException {
        Problem p = onlyProblem(BASE.replace("  - name: R\n", "  - name: R\n    region: mars\n"));
        assertEquals(11, p.line(), p.toString());
        assertTrue(p.message().contains("'region' must be a region"), p.message());
    }

    @Test
    void timelineActionsAreCheckedAgainstTheWorld() throws IOException {
        Problem change = onlyProblem(BASE + """
                timeline:
                  - at: 1m
                    changeFlowLog: {flowLog: other, logFormat: "${version} ${action}"}
                """);
        assertEquals(19, change.line(), change.toString());
        assertTrue(change.message().contains("no flow log named 'other'"), change.message());
        Problem attach = onlyProblem(BASE + """
                timeline:
                  - at: 1m
                    attachPolicy: {policy: Operate, user: carol}
                """);
        assertTrue(attach.message().contains("names user carol, which the scenario does not define"),
                attach.message());
        Problem stop = onlyProblem(BASE + """
                timeline:
                  - at: 1m
                    stopTraffic: false
                """);
        assertTrue(stop.message().contains("stopTraffic is written 'stopTraffic: true'"), stop.message());
        Problem typo = onlyProblem(BASE + """
                timeline:
                  - at: 1m
                    putResourcePolicy: {name: p, document: {Statement: []}, acount: "000000000000"}
                """);
        assertTrue(typo.message().contains("unknown key 'acount'"), typo.message());
        assertEquals(19, typo.line(), typo.toString());
    }

    @Test
    void aTopologyIsCheckedByTheEmulatorsRulesAtItsLocation() throws IOException {
        Problem p = onlyProblem(BASE + """
                topology:
                  accounts:
                    - accountId: "000000000000"
                      regions:
                        - region: us-east-2
                          vpcs:
                            - {name: v, cidrBlock: 10.0.0.0/16, subnets: [{name: s, cidrBlock: 192.168.0.0/24}]}
                """);
        assertEquals(17, p.line(), p.toString());
        assertTrue(p.message().contains("topology (inline): ") && p.message().contains("is not inside the VPC"),
                p.message());
    }

    @Test
    void aTopologyFileIsReadFromTheScenarioFolderOnly() throws Exception {
        Files.writeString(dir.resolve("net.yaml"), """
                accounts:
                  - accountId: "000000000000"
                    regions:
                      - region: us-east-2
                        vpcs:
                          - name: v
                            cidrBlock: 10.0.0.0/16
                            subnets: [{name: s, cidrBlock: 10.0.1.0/24}]
                """);
        Scenario s = load(BASE + "topology: {file: net.yaml}\n");
        assertEquals("net.yaml", s.topology().source());
        assertEquals(1, s.topology().config().accounts().size());
        Problem outside = onlyProblem(BASE + "topology: {file: ../net.yaml}\n");
        assertTrue(outside.message().contains("inside the scenario's folder"), outside.message());
    }
}
