package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.iamapi.QueryCalls.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateRoleHandlerTest {

    private final IamApi iam = new IamApi();

    @Test
    void createsTheRoleAndAnswersWithItsUrlEncodedTrustPolicy() {
        String roleId = new IdSource(IamApi.SEED).upperAlnum("AROA", 17);

        String xml = IamApi.xml(iam.createRole("FlowLogsRole"));

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CreateRoleResult xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Role><Path>/</Path>"
                + "<RoleName>FlowLogsRole</RoleName><RoleId>" + roleId + "</RoleId>"
                + "<Arn>arn:aws:iam::111122223333:role/FlowLogsRole</Arn><CreateDate>2024-05-01T12:00:00Z</CreateDate>"
                + "<AssumeRolePolicyDocument>" + IamApi.FLOW_LOGS_TRUST_ENCODED + "</AssumeRolePolicyDocument>"
                + "<MaxSessionDuration>3600</MaxSessionDuration></Role></CreateRoleResult>\n", xml);
        assertEquals(21, roleId.length());
        Role stored = iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow();
        assertEquals(IamApi.FLOW_LOGS_TRUST, stored.trustPolicy().text());
        assertEquals(roleId, stored.roleId());
    }

    @Test
    void theProtocolWrapsTheResultInIamsEnvelope() {
        var response = new QueryProtocol(IamService.NAMESPACE).success("CreateRole", iam.createRole("R1"), "rid-9");

        String body = response.bodyAsUtf8();
        assertTrue(body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CreateRoleResponse "
                + "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateRoleResult><Role><Path>/</Path>"), body);
        assertTrue(body.endsWith("</Role></CreateRoleResult><ResponseMetadata><RequestId>rid-9</RequestId>"
                + "</ResponseMetadata></CreateRoleResponse>\n"), body);
    }

    @Test
    void pathDescriptionDurationAndTagsAreKept() {
        String xml = IamApi.xml(iam.run("CreateRole", "RoleName", "Deliver", "Path", "/flowsim/delivery/",
                "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST, "Description", "Flow logs <delivery> & more",
                "MaxSessionDuration", "7200", "Tags.member.1.Key", "team", "Tags.member.1.Value", "net"));

        assertTrue(xml.contains("<Path>/flowsim/delivery/</Path>"), xml);
        assertTrue(xml.contains("<Arn>arn:aws:iam::111122223333:role/flowsim/delivery/Deliver</Arn>"), xml);
        assertTrue(xml.contains("<Description>Flow logs &lt;delivery&gt; &amp; more</Description>"
                + "<MaxSessionDuration>7200</MaxSessionDuration>"
                + "<Tags><member><Key>team</Key><Value>net</Value></member></Tags></Role>"), xml);
    }

    @Test
    void authorizesCreateRoleOnThePathedArnAndTagRoleWhenTagging() {
        assertEquals(List.of(new AccessCheck("iam:CreateRole", "arn:aws:iam::111122223333:role/a/b/R")),
                iam.checks("CreateRole", "RoleName", "R", "Path", "/a/b/",
                        "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST));
        assertEquals(List.of(new AccessCheck("iam:CreateRole", "arn:aws:iam::111122223333:role/R"),
                        new AccessCheck("iam:TagRole", "arn:aws:iam::111122223333:role/R")),
                iam.checks("CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                        "Tags.member.1.Key", "k", "Tags.member.1.Value", "v"));
    }

    @Test
    void aSecondRoleWithTheSameNameInAnyCaseIsRefused() {
        iam.createRole("FlowLogsRole");

        iam.fails("EntityAlreadyExists", 409, "Role with name flowlogsrole already exists.",
                "CreateRole", "RoleName", "flowlogsrole", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST);
    }

    @Test
    void anInvalidRoleNameIsAValidationErrorBeforeAnyAuthorization() {
        String message = "1 validation error detected: Value 'flow logs' at 'roleName' failed to satisfy "
                + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+";
        iam.fails("ValidationError", 400, message,
                "CreateRole", "RoleName", "flow logs", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST);
        QueryCalls.expectError("ValidationError", 400, message, () -> iam.checks("CreateRole",
                "RoleName", "flow logs", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST));
    }

    @Test
    void everyViolatedConstraintIsListed() {
        String longName = "r".repeat(65);
        iam.fails("ValidationError", 400, "3 validation errors detected: "
                        + "Value 'flowsim' at 'path' failed to satisfy constraint: Member must satisfy regular "
                        + "expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F); "
                        + "Value '" + longName + "' at 'roleName' failed to satisfy constraint: Member must have "
                        + "length less than or equal to 64; "
                        + "Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not "
                        + "be null",
                "CreateRole", "RoleName", longName, "Path", "flowsim");
    }

    @Test
    void maxSessionDurationMustBeBetweenOneAndTwelveHours() {
        iam.fails("ValidationError", 400, "1 validation error detected: Value '3599' at 'maxSessionDuration' "
                        + "failed to satisfy constraint: Member must have value greater than or equal to 3600",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "MaxSessionDuration", "3599");
        iam.fails("ValidationError", 400, "1 validation error detected: Value '43201' at 'maxSessionDuration' "
                        + "failed to satisfy constraint: Member must have value less than or equal to 43200",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "MaxSessionDuration", "43201");
    }

    @Test
    void aTrustPolicyWithAResourceIsMalformed() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}";

        iam.fails("MalformedPolicyDocument", 400, "Has prohibited field Resource",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", trust);
        assertTrue(iam.state.role(ACCOUNT, "R").isEmpty());
    }

    @Test
    void aTrustPolicyNamingARoleThatDoesNotExistIsRefused() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"arn:aws:iam::111122223333:role/Missing\"},\"Action\":\"sts:AssumeRole\"}]}";

        iam.fails("MalformedPolicyDocument", 400,
                "Invalid principal in policy: \"AWS\":\"arn:aws:iam::111122223333:role/Missing\"",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", trust);
        iam.createRole("Missing");
        iam.run("CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", trust);
    }

    @Test
    void aTrustPolicyOverTheQuotaIsALimitExceeded() {
        String padding = "a".repeat(2048);
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + padding + "\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        iam.fails("LimitExceeded", 409, "Cannot exceed quota for ACLSizePerRole: 2048",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", trust);
    }

    @Test
    void tagKeysDifferingOnlyInCaseAreDuplicates() {
        iam.fails("InvalidInput", 400, "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "Tags.member.1.Key", "Team", "Tags.member.1.Value", "a",
                "Tags.member.2.Key", "team", "Tags.member.2.Value", "b");
    }

    @Test
    void aPermissionsBoundaryIsRefusedRatherThanIgnored() {
        var e = iam.fails("InvalidInput", 400, "flowsim does not emulate permissions boundaries: create the role "
                        + "without PermissionsBoundary and narrow its inline policies instead.",
                "CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "PermissionsBoundary", "arn:aws:iam::111122223333:policy/Boundary");
        assertTrue(e.senderFault());
        assertTrue(iam.state.role(ACCOUNT, "R").isEmpty());
    }
}
