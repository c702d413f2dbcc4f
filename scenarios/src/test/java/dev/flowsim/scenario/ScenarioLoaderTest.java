package dev.flowsim.scenario;

import dev.flowsim.scenario.load.Problem;
import dev.flowsim.scenario.load.ScenarioException;
import dev.flowsim.scenario.load.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict validation: every mistake is named with its file, line and column. */
class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            name: t
            description: a test
            roles:
              - name: R
                trust: {Version: "2012-10-17", Statement: []}
            flowLogs:
              - name: main
                logGroup: g
                role: R
            """;

    private Problem onlyProblem(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aValidFileLoads() throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, VALID);
        assertEquals("t", ScenarioLoader.load(file).scenario().name());
    }

    @Test
    void anUnknownKeyIsReportedWithLineColumnAndTheKnownKeys() throws IOException {
        Problem p = onlyProblem(VALID.replace("    logGroup: g", "    logGroup: g\n    logGorup: h"));
        assertEquals(9, p.line(), p.toString());
        assertEquals(5, p.column(), p.toString());
        assertTrue(p.message().contains("unknown key 'logGorup' in flowLogs[0];"), p.message());
        assertTrue(p.message().contains("logGroup"), p.message());
        assertTrue(p.toString().startsWith(dir.resolve("s.yaml") + ":9:5: "), p.toString());
    }

    @Test
    void aBadValueNamesTheFieldAndWhatIsAllowed() throws IOException {
        Problem p = onlyProblem(VALID.replace("    role: R", "    role: R\n    maxAggregationInterval: 30"));
        assertEquals(10, p.line(), p.toString());
        assertEquals(5, p.column(), p.toString());
        assertTrue(p.message().contains("maxAggregationInterval must be 60 or 600"), p.message());
    }

    @Test
    void aFaultWithTwoEffectsIsRefused() throws IOException {
        Problem p = onlyProblem(VALID + """
                faults:
                  - id: f
                    error: {code: ThrottlingException}
                    latency: {fixed: 10ms}
                """);
        assertEquals(12, p.line(), p.toString());
        assertTrue(p.message().contains("exactly one of error, quota, latency, network or profile"), p.message());
    }

    @Test
    void aDurationWithoutUnitIsRefused() throws IOException {
        Problem p = onlyProblem(VALID + "duration: 600\n");
        assertTrue(p.message().contains("bad value for duration") || p.message().contains("not a duration"),
                p.message());
        assertEquals(10, p.line(), p.toString());
    }

    @Test
    void aReferenceToAnUndefinedRoleIsReportedWhereItIsWritten() throws IOException {
        Problem p = onlyProblem(VALID.replace("    role: R", "    role: Missing"));
        assertEquals(9, p.line(), p.toString());
        assertTrue(p.message().contains("names role 'Missing', which the scenario does not define"), p.message());
    }

    @Test
    void aLogGroupAccountOrResourcePolicyAccountMustBeDeclared() throws IOException {
        Problem p = onlyProblem(VALID.replace("    role: R", "    role: R\n    logGroupAccount: \"111122223333\""));
        assertEquals(10, p.line(), p.toString());
        assertTrue(p.message().contains("account 111122223333 is not declared under 'accounts'"), p.message());
        Problem policy = onlyProblem(VALID + """
                resourcePolicies:
                  - name: central
                    account: "444455556666"
                    document: {Version: "2012-10-17", Statement: []}
                """);
        assertTrue(policy.message().contains("account 444455556666 is not declared"), policy.message());
    }

    @Test
    void aCrossAccountFlowLogWithItsResourcePolicyLoads() throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, VALID.replace("    role: R", "    role: R\n    logGroupAccount: \"111122223333\"")
                + """
                accounts: [{id: "111122223333"}]
                resourcePolicies:
                  - name: central
                    account: "111122223333"
                    document: {Version: "2012-10-17", Statement: []}
                """);
        var scenario = ScenarioLoader.load(file).scenario();
        assertEquals("111122223333", scenario.flowLogs().get(0).logGroupAccount());
        assertEquals("central", scenario.resourcePolicies().get(0).name());
        assertTrue(scenario.resourcePolicies().get(0).document().json().contains("2012-10-17"));
    }

    @Test
    void policyFilesMustStayInsideTheScenarioFolder() throws IOException {
        Files.writeString(dir.getParent().resolve("outside.json"), "{}");
        Problem p = onlyProblem(VALID.replace("trust: {Version: \"2012-10-17\", Statement: []}",
                "trust: {file: ../outside.json}"));
        assertEquals(5, p.line(), p.toString());
        assertTrue(p.message().contains("inside the scenario's folder"), p.message());
        Problem absolute = onlyProblem(VALID.replace("trust: {Version: \"2012-10-17\", Statement: []}",
                "trust: {file: /etc/passwd}"));
        assertTrue(absolute.message().contains("no absolute path"), absolute.message());
    }

    @Test
    void duplicateKeysAndYamlSyntaxErrorsAreReported() throws IOException {
        Problem dup = onlyProblem(VALID + "name: again\n");
        assertTrue(dup.message().toLowerCase().contains("duplicate"), dup.message());
        assertEquals(10, dup.line(), dup.toString());
        Problem syntax = onlyProblem(VALID + "timeline: [\n");
        assertTrue(syntax.message().contains("YAML syntax"), syntax.message());
    }

    @Test
    void anEnumValueOutsideTheVocabularyListsTheVocabulary() throws IOException {
        Problem p = onlyProblem(VALID + """
                faults:
                  - id: f
                    network: unplug
                """);
        assertTrue(p.message().contains("reset, stall, truncated-body, response-lost"), p.message());
        assertEquals(12, p.line(), p.toString());
    }
}
