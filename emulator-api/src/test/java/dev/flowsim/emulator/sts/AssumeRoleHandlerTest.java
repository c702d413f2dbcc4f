package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;
import dev.flowsim.emulator.iamapi.QueryCalls;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.iamapi.QueryCalls.NOW;
import static dev.flowsim.emulator.sts.StsApi.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AssumeRole: the issued credential, durations, who may call it and what it authorizes. */
class AssumeRoleHandlerTest {

    static final String ROLE_ARN = "arn:aws:iam::111122223333:role/svc/FlowLogsRole";

    private final StsApi sts = new StsApi();
    private Role role;

    @BeforeEach
    void createRole() {
        role = sts.createRole("FlowLogsRole", "/svc/", 7200);
    }

    @Test
    void issuesACredentialForTheSessionThatExpiresOnTheSimulatedClock() {
        IdSource expected = new IdSource(StsApi.SEED);
        String keyId = expected.upperAlnum("ASIA", 16);
        String secret = expected.secretKey();
        String token = expected.sessionToken();

        String xml = StsApi.xml(sts.assume(params(ROLE_ARN, "fl-1")));

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AssumeRoleResult "
                + "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Credentials><AccessKeyId>" + keyId
                + "</AccessKeyId><SecretAccessKey>" + secret + "</SecretAccessKey><SessionToken>" + token
                + "</SessionToken><Expiration>2024-05-01T13:00:00Z</Expiration></Credentials><AssumedRoleUser>"
                + "<AssumedRoleId>" + role.roleId() + ":fl-1</AssumedRoleId>"
                + "<Arn>arn:aws:sts::111122223333:assumed-role/FlowLogsRole/fl-1</Arn></AssumedRoleUser>"
                + "</AssumeRoleResult>\n", xml);
        Credential credential = sts.credentials.find(keyId).orElseThrow();
        Principal session = credential.principal();
        assertEquals(PrincipalType.ASSUMED_ROLE, session.type());
        assertEquals("arn:aws:sts::111122223333:assumed-role/FlowLogsRole/fl-1", session.arn());
        assertEquals(ROLE_ARN, session.roleArn());
        assertEquals(role.roleId() + ":fl-1", session.userId());
        assertEquals("fl-1", session.sessionName());
        assertTrue(credential.temporary());
        assertFalse(credential.expiredAt(NOW.plusSeconds(3599)));
        assertTrue(credential.expiredAt(NOW.plusSeconds(3600)));
        assertEquals(1, sts.credentials.pruneExpired(NOW.plus(Duration.ofHours(1))));
        assertTrue(sts.credentials.find(keyId).isEmpty());
    }

    @Test
    void theRequestedDurationSetsTheExpiryWithinTheRolesMaximum() {
        String xml = StsApi.xml(sts.assume(params(ROLE_ARN, "s1", "DurationSeconds", "7200")));
        assertTrue(xml.contains("<Expiration>2024-05-01T14:00:00Z</Expiration>"), xml);

        sts.fails("ValidationError", 400,
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
                params(ROLE_ARN, "s1", "DurationSeconds", "7201"));
        sts.fails("ValidationError", 400, "1 validation error detected: Value '899' at 'durationSeconds' failed "
                        + "to satisfy constraint: Member must have value greater than or equal to 900",
                params(ROLE_ARN, "s1", "DurationSeconds", "899"));
    }

    @Test
    void aSessionAssumingARoleIsLimitedToOneHour() {
        var caller = QueryCalls.session(ROLE_ARN, role.roleId(), "first", "ASIAFIRSTSESSION0001");

        QueryCalls.expectError("ValidationError", 400, "The requested DurationSeconds exceeds the 1 hour session "
                        + "limit for roles assumed by role chaining.",
                () -> sts.assume(caller, NOW, params(ROLE_ARN, "second", "DurationSeconds", "3601")));
        assertTrue(StsApi.xml(sts.assume(caller, NOW, params(ROLE_ARN, "second", "DurationSeconds", "3600")))
                .contains("<Arn>arn:aws:sts::111122223333:assumed-role/FlowLogsRole/second</Arn>"));
    }

    @Test
    void aMissingRoleIsDeniedLikeAnUntrustingOne() {
        String message = "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: "
                + "sts:AssumeRole on resource: ";
        sts.fails("AccessDenied", 403, message + "arn:aws:iam::111122223333:role/Ghost",
                params("arn:aws:iam::111122223333:role/Ghost", "s1"));
        // The ARN must carry the role's path to name it.
        sts.fails("AccessDenied", 403, message + "arn:aws:iam::111122223333:role/FlowLogsRole",
                params("arn:aws:iam::111122223333:role/FlowLogsRole", "s1"));
        assertEquals(0, sts.credentials.size());
    }

    @Test
    void theRootUserMayNotAssumeRolesWhateverTheTrustPolicySays() {
        var root = QueryCalls.root(QueryCalls.ACCOUNT);
        String message = "Roles may not be assumed by root accounts.";

        QueryCalls.expectError("AccessDenied", 403, message, () -> sts.checks(root, params(ROLE_ARN, "s1")));
        QueryCalls.expectError("AccessDenied", 403, message, () -> sts.assume(root, NOW, params(ROLE_ARN, "s1")));
    }

    @Test
    void declaresTheTrustChecksTheRequestNeeds() {
        assertEquals(List.of(new AccessCheck("sts:AssumeRole", ROLE_ARN).withKey("sts:RoleSessionName", "s1")),
                sts.checks(sts.alice, params(ROLE_ARN, "s1")));
        Map<String, List<String>> keys = Map.of("sts:RoleSessionName", List.of("s1"),
                "sts:SourceIdentity", List.of("alice"), "aws:TagKeys", List.of("team"),
                "aws:RequestTag/team", List.of("net"));
        assertEquals(List.of(new AccessCheck("sts:AssumeRole", ROLE_ARN, keys),
                        new AccessCheck("sts:TagSession", ROLE_ARN, keys),
                        new AccessCheck("sts:SetSourceIdentity", ROLE_ARN, keys)),
                sts.checks(sts.alice, params(ROLE_ARN, "s1", "Tags.member.1.Key", "team",
                        "Tags.member.1.Value", "net", "SourceIdentity", "alice")));
    }

    @Test
    void carriesTheExternalIdTheTrustPolicyMayAskFor() {
        AccessCheck check = sts.checks(sts.alice, params(ROLE_ARN, "s1", "ExternalId", "partner-42")).get(0);

        assertEquals(List.of("partner-42"), check.context().get("sts:ExternalId"));
    }

    @Test
    void malformedArnsAndSessionNamesAreValidationErrors() {
        sts.fails("ValidationError", 400, "nothing-valid-in-here is invalid", params("nothing-valid-in-here", "s1"));
        sts.fails("ValidationError", 400, "arn:aws::::role/RoleWithoutService is invalid",
                params("arn:aws::::role/RoleWithoutService", "s1"));
        sts.fails("ValidationError", 400, "1 validation error detected: Value 'Session1:2' at 'roleSessionName' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
                params(ROLE_ARN, "Session1:2"));
        sts.fails("ValidationError", 400, "2 validation errors detected: Value 'arn:aws:iam' at 'roleArn' failed "
                        + "to satisfy constraint: Member must have length greater than or equal to 20; Value null at "
                        + "'roleSessionName' failed to satisfy constraint: Member must not be null",
                "RoleArn", "arn:aws:iam");
        sts.fails("ValidationError", 400, "1 validation error detected: Value 'x' at 'externalId' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to 2",
                params(ROLE_ARN, "s1", "ExternalId", "x"));
    }

    @Test
    void aSessionPolicyIsCompiledRecordedAndMeasured() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}";

        String xml = StsApi.xml(sts.assume(params(ROLE_ARN, "s1", "Policy", policy)));

        String keyId = new IdSource(StsApi.SEED).upperAlnum("ASIA", 16);
        AssumedSession session = sts.sessions.find(keyId).orElseThrow();
        assertEquals(policy, session.sessionPolicy().document().text());
        assertEquals("session policy of arn:aws:sts::111122223333:assumed-role/FlowLogsRole/s1",
                session.sessionPolicy().name());
        assertEquals(NOW, session.issuedAt());
        int packed = PackedPolicySize.measure(policy, List.of()).totalPercent();
        assertTrue(packed > 0 && packed < 100, "packed " + packed);
        assertTrue(xml.contains("</AssumedRoleUser><PackedPolicySize>" + packed + "</PackedPolicySize>"), xml);
        assertFalse(StsApi.xml(sts.assume(params(ROLE_ARN, "s2"))).contains("PackedPolicySize"));
    }

    @Test
    void aSessionPolicyNamingAPrincipalIsMalformed() {
        sts.fails("MalformedPolicyDocument", 400, "Policy document should not specify a principal.",
                params(ROLE_ARN, "s1", "Policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":\"*\",\"Action\":\"logs:*\",\"Resource\":\"*\"}]}"));
        assertEquals(0, sts.credentials.size());
    }

    @Test
    void sourceIdentityIsEchoedAndKept() {
        String xml = StsApi.xml(sts.assume(params(ROLE_ARN, "s1", "SourceIdentity", "alice@example.com")));

        assertTrue(xml.endsWith("</AssumedRoleUser><SourceIdentity>alice@example.com</SourceIdentity>"
                + "</AssumeRoleResult>\n"), xml);
        assertEquals("alice@example.com", sts.sessions.find(new IdSource(StsApi.SEED).upperAlnum("ASIA", 16))
                .orElseThrow().sourceIdentity());
    }

    @Test
    void mfaDetailsCannotBeValidatedBecauseFlowsimHasNoMfaDevices() {
        sts.fails("AccessDenied", 403, "MultiFactorAuthentication failed, must provide both MFA serial number and "
                + "one time pass code.", params(ROLE_ARN, "s1", "SerialNumber", "arn:aws:iam::111122223333:mfa/a"));
        sts.fails("AccessDenied", 403, "MultiFactorAuthentication failed, unable to validate MFA code.  Please "
                        + "verify your MFA serial number is valid and associated with this user.",
                params(ROLE_ARN, "s1", "SerialNumber", "arn:aws:iam::111122223333:mfa/a", "TokenCode", "123456"));
    }

    @Test
    void managedSessionPoliciesAreRefusedRatherThanIgnored() {
        sts.fails("InvalidParameterValue", 400, "flowsim does not emulate managed policies, so PolicyArns cannot "
                        + "narrow a session: pass an inline session policy in Policy instead.",
                params(ROLE_ARN, "s1", "PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
    }
}
