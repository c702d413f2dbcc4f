package dev.flowsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code flowsim policy simulate}: the CLI's JSON on stdout, the explanation on stderr, AWS's errors and codes. */
class PolicySimulateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int simulate(String json) throws IOException {
        Path file = dir.resolve("input.json");
        Files.writeString(file, json);
        PolicySimulateCommand command = new PolicySimulateCommand();
        command.inputFile = "file://" + file;
        command.account = "000000000000";
        return command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheResultAsTheAwsCliDoesAndExplainsOnStderr() throws IOException {
        int code = simulate("""
                {"PolicyInputList":["{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":{\\"Effect\\":\\"Allow\\",\
                \\"Action\\":\\"logs:PutLogEvents\\",\\"Resource\\":\\"*\\"}}"],
                 "ActionNames":["logs:PutLogEvents","logs:DeleteLogGroup"]}""");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"EvaluationResults\": [\n        {\n            \"EvalActionName\": "
                + "\"logs:PutLogEvents\",\n            \"EvalResourceName\": \"*\",\n            \"EvalDecision\": "
                + "\"allowed\",\n"), json);
        assertTrue(json.contains("\"MissingContextValues\": []"), json);
        String explanation = err.toString(StandardCharsets.UTF_8);
        assertTrue(explanation.contains("logs:DeleteLogGroup on *: implicitDeny"), explanation);
        assertTrue(explanation.contains("Fix:"), explanation);
    }

    @Test
    void aMalformedPolicyExitsNonZeroWithAwsMessage() throws IOException {
        int code = simulate("""
                {"PolicyInputList":["{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":{\\"Effect\\":\\"Allow\\",\
                \\"Action\\":\\"logs:PutLogEvents\\"}}"], "ActionNames":["logs:PutLogEvents"]}""");

        assertEquals(254, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("An error occurred (MalformedPolicyDocument) when "
                + "calling the SimulateCustomPolicy operation: Policy statement must contain resources."));
    }

    @Test
    void unknownInputMembersAreRefusedAsTheCliDoes() throws IOException {
        int code = simulate("{\"PolicyInputList\":[],\"ActionNames\":[\"s3:GetObject\"],\"Callerarn\":\"x\"}");

        assertEquals(252, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown parameter in input: \"Callerarn\", must be "
                + "one of: PolicyInputList, PermissionsBoundaryPolicyInputList"), err.toString(StandardCharsets.UTF_8));
    }
}
