package dev.flowsim.cli;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.StandardContextKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code flowsim explain} prints a running emulator's denials for humans, filtered as asked. */
class ExplainCommandTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final String STREAM = "arn:aws:logs:us-east-2:000000000000:log-group:g:log-stream:s";

    private Emulator emulator;
    private URI endpoint;

    @BeforeEach
    void start() throws InterruptedException {
        emulator = Emulator.create(EmulatorOptions.defaults().withServer(ServerConfig.defaults().withPort(0)));
        endpoint = emulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void deny(String userName, String action, String resource) {
        Principal user = Principal.user("arn:aws:iam::000000000000:user/" + userName, "AIDAEXAMPLE" + userName);
        AuthorizationRequest request = new AuthorizationRequest(user, action, resource, "000000000000",
                StandardContextKeys.of(user, "us-east-2", NOW).build());
        emulator.decisions().record(NOW, "req-" + userName, "logs", action.substring(action.indexOf(':') + 1),
                new PolicyEvaluator().evaluate(request, List.of(), null, PolicyType.RESOURCE));
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void printsEachDenialWithAwsMessageWhyAndFix() {
        deny("alice", "logs:PutLogEvents", STREAM);

        String[] result = run("explain", "--endpoint", endpoint.toString());

        assertEquals("0", result[0], result[2]);
        String out = result[1];
        assertTrue(out.contains("caller:   arn:aws:iam::000000000000:user/alice"), out);
        assertTrue(out.contains("AWS said: User: arn:aws:iam::000000000000:user/alice is not authorized to perform: "
                + "logs:PutLogEvents on resource: " + STREAM + " because no identity-based policy allows the "
                + "logs:PutLogEvents action"), out);
        assertTrue(out.contains("why:      Denied at the identity hop"), out);
        assertTrue(out.contains("fix:      Add logs:PutLogEvents to a policy of user alice, with Resource "
                + "arn:aws:logs:us-east-2:000000000000:log-group:g:*."), out);
    }

    @Test
    void filtersByActionPrincipalAndLimit() {
        deny("alice", "logs:PutLogEvents", STREAM);
        deny("bob", "logs:CreateLogStream", STREAM);
        deny("carol", "logs:PutLogEvents", STREAM);

        String byAction = run("explain", "--endpoint", endpoint.toString(), "--action", "LOGS:putlogevents")[1];
        assertTrue(byAction.contains("user/alice") && byAction.contains("user/carol"), byAction);
        assertFalse(byAction.contains("user/bob"), byAction);

        String byPrincipal = run("explain", "--endpoint", endpoint.toString(), "--principal", "user/bob")[1];
        assertTrue(byPrincipal.contains("user/bob") && !byPrincipal.contains("user/alice"), byPrincipal);

        String newest = run("explain", "--endpoint", endpoint.toString(), "--limit", "1")[1];
        assertTrue(newest.contains("user/carol") && !newest.contains("user/alice"), newest);

        String none = run("explain", "--endpoint", endpoint.toString(), "--action", "ec2:CreateFlowLogs")[1];
        assertTrue(none.contains("No denials recorded that match."), none);
    }

    @Test
    void anUnreachableEmulatorIsAClearErrorAndExitCodeOne() {
        String[] result = run("explain", "--endpoint", "http://127.0.0.1:1");

        assertEquals("1", result[0]);
        assertTrue(result[2].contains("Cannot read denials from http://127.0.0.1:1"), result[2]);
    }
}
