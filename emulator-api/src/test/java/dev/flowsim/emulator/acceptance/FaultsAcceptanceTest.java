package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults set at run time through /_flowsim/faults, seen by a real AWS SDK client. */
class FaultsAcceptanceTest {

    private final EmulatorFixture fixture;
    private final HttpClient http = HttpClient.newHttpClient();

    FaultsAcceptanceTest() throws InterruptedException {
        fixture = new EmulatorFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fixture.endpoint + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean groupExists(CloudWatchLogsClient logs, String name) {
        return logs.describeLogGroups(b -> b.logGroupNamePrefix(name)).logGroups().stream()
                .anyMatch(g -> g.logGroupName().equals(name));
    }

    @Test
    void anErrorFaultAnswersAsAwsForTheFirstCallOnlyAndCanBeListedAndRemoved() throws Exception {
        HttpResponse<String> added = admin("POST", "/_flowsim/faults", """
                {"id": "throttle-create", "target": {"service": "logs", "operation": "CreateLogGroup"},
                 "calls": {"first": 1}, "error": {"code": "ThrottlingException"}}""");
        assertEquals(201, added.statusCode(), added.body());
        try (CloudWatchLogsClient logs = fixture.logs()) {
            CloudWatchLogsException e = assertThrows(CloudWatchLogsException.class,
                    () -> logs.createLogGroup(b -> b.logGroupName("g1")));
            assertEquals("ThrottlingException", e.awsErrorDetails().errorCode());
            assertEquals(400, e.statusCode());
            assertEquals("Rate exceeded", e.awsErrorDetails().errorMessage());
            logs.createLogGroup(b -> b.logGroupName("g1"));
            assertTrue(groupExists(logs, "g1"));
        }
        HttpResponse<String> listed = admin("GET", "/_flowsim/faults", null);
        assertTrue(listed.body().contains("\"fired\" : 1"), listed.body());
        assertEquals(204, admin("DELETE", "/_flowsim/faults/throttle-create", null).statusCode());
        assertEquals(404, admin("DELETE", "/_flowsim/faults/throttle-create", null).statusCode());
    }

    @Test
    void aBadFaultIsRefusedNamingTheProblem() throws Exception {
        HttpResponse<String> unknown = admin("POST", "/_flowsim/faults",
                "{\"id\": \"x\", \"network\": \"reset\", \"eror\": {}}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("eror"), unknown.body());
        HttpResponse<String> twoEffects = admin("POST", "/_flowsim/faults",
                "{\"id\": \"x\", \"network\": \"reset\", \"latency\": {\"fixed\": \"1s\"}}");
        assertEquals(400, twoEffects.statusCode(), twoEffects.body());
        assertTrue(twoEffects.body().contains("exactly one of"), twoEffects.body());
        assertEquals(0, fixture.emulator.faults().describe().size());
    }

    @Test
    void aResetLosesTheCallButAResponseLostAfterCommitKeepsItsEffect() throws Exception {
        try (CloudWatchLogsClient logs = fixture.logs()) {
            HttpResponse<String> rst = admin("POST", "/_flowsim/faults", "{\"id\": \"rst\", \"target\": "
                    + "{\"operation\": \"CreateLogGroup\"}, \"network\": \"reset\"}");
            assertEquals(201, rst.statusCode(), rst.body());
            assertThrows(SdkClientException.class, () -> logs.createLogGroup(b -> b.logGroupName("reset")));
            admin("DELETE", "/_flowsim/faults", null);
            assertTrue(!groupExists(logs, "reset"), "a reset request never ran");

            admin("POST", "/_flowsim/faults", "{\"id\": \"lost\", \"target\": {\"operation\": \"CreateLogGroup\"}, "
                    + "\"network\": \"response-lost\"}");
            assertThrows(SdkClientException.class, () -> logs.createLogGroup(b -> b.logGroupName("lost")));
            admin("DELETE", "/_flowsim/faults/lost", null);
            assertTrue(groupExists(logs, "lost"), "the lost response's request was committed");
            admin("POST", "/_flowsim/faults", "{\"id\": \"cut\", \"target\": {\"operation\": "
                    + "\"DescribeLogGroups\"}, \"network\": \"truncated-body\"}");
            assertThrows(SdkClientException.class, () -> logs.describeLogGroups(b -> b.logGroupNamePrefix("lost")));
            admin("DELETE", "/_flowsim/faults", null);
            assertTrue(groupExists(logs, "lost"));
        }
    }

    @Test
    void teachingModeLetsADeniedCallThroughAndKeepsWhy() {
        fixture.emulator.teaching().enable(true);
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}""";
        try (var iam = fixture.iam()) {
            iam.createRole(b -> b.roleName("Empty").assumeRolePolicyDocument(trust));
        }
        fixture.emulator.credentials().register(dev.flowsim.emulator.identity.Credential.longTerm("AKIDUSER",
                "secret", dev.flowsim.emulator.iam.Principal.role("arn:aws:iam::000000000000:role/Empty", "AROAX")));
        try (CloudWatchLogsClient logs = fixture.logs(EmulatorFixture.creds("AKIDUSER", "secret"))) {
            logs.createLogGroup(b -> b.logGroupName("taught"));
        }
        var waived = fixture.emulator.teaching().waived();
        assertEquals(1, waived.size());
        assertEquals("logs:CreateLogGroup", waived.get(0).action());
        assertTrue(waived.get(0).explanation().contains("nothing allows logs:CreateLogGroup"),
                waived.get(0).explanation());
    }
}
