package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.iamapi.QueryCalls.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GetRole, DeleteRole and UpdateAssumeRolePolicy. */
class RoleLifecycleTest {

    private final IamApi iam = new IamApi();

    @Test
    void getRoleAnswersTheRoleWithItsLastUseAndTags() {
        iam.run("CreateRole", "RoleName", "FlowLogsRole", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "Tags.member.1.Key", "team", "Tags.member.1.Value", "net");

        String xml = IamApi.xml(iam.run("GetRole", "RoleName", "flowlogsrole"));

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetRoleResult "
                + "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Role><Path>/</Path>"
                + "<RoleName>FlowLogsRole</RoleName>"), xml);
        assertTrue(xml.contains("<AssumeRolePolicyDocument>" + IamApi.FLOW_LOGS_TRUST_ENCODED
                + "</AssumeRolePolicyDocument><MaxSessionDuration>3600</MaxSessionDuration>"
                + "<Tags><member><Key>team</Key><Value>net</Value></member></Tags><RoleLastUsed/></Role>"), xml);
    }

    @Test
    void aMissingRoleIsNoSuchEntity() {
        iam.fails("NoSuchEntity", 404, "The role with name Ghost cannot be found.", "GetRole", "RoleName", "Ghost");
        iam.fails("NoSuchEntity", 404, "The role with name Ghost cannot be found.",
                "DeleteRole", "RoleName", "Ghost");
        iam.fails("NoSuchEntity", 404, "The role with name Ghost cannot be found.",
                "UpdateAssumeRolePolicy", "RoleName", "Ghost", "PolicyDocument", IamApi.FLOW_LOGS_TRUST);
    }

    @Test
    void accessIsCheckedAgainstTheExistingRolesPathedArn() {
        iam.run("CreateRole", "RoleName", "Deliver", "Path", "/svc/", "AssumeRolePolicyDocument",
                IamApi.FLOW_LOGS_TRUST);

        assertEquals(List.of(new AccessCheck("iam:GetRole", "arn:aws:iam::111122223333:role/svc/Deliver")),
                iam.checks("GetRole", "RoleName", "Deliver"));
        assertEquals(List.of(new AccessCheck("iam:DeleteRole", "arn:aws:iam::111122223333:role/Ghost")),
                iam.checks("DeleteRole", "RoleName", "Ghost"));
        assertEquals(List.of(new AccessCheck("iam:UpdateAssumeRolePolicy",
                        "arn:aws:iam::111122223333:role/svc/Deliver")),
                iam.checks("UpdateAssumeRolePolicy", "RoleName", "Deliver", "PolicyDocument", IamApi.DELIVER));
    }

    @Test
    void aRoleWithInlinePoliciesCannotBeDeleted() {
        iam.createRole("FlowLogsRole");
        iam.run("PutRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "deliver", "PolicyDocument",
                IamApi.DELIVER);

        iam.fails("DeleteConflict", 409, "Cannot delete entity, must delete policies first.",
                "DeleteRole", "RoleName", "FlowLogsRole");
        assertTrue(iam.state.role(ACCOUNT, "FlowLogsRole").isPresent());

        iam.run("DeleteRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "deliver");
        assertNull(iam.run("DeleteRole", "RoleName", "FlowLogsRole"));
        assertTrue(iam.state.role(ACCOUNT, "FlowLogsRole").isEmpty());
        iam.fails("NoSuchEntity", 404, "The role with name FlowLogsRole cannot be found.",
                "GetRole", "RoleName", "FlowLogsRole");
    }

    @Test
    void aRecreatedRoleGetsANewIdAndNoneOfTheOldTags() {
        iam.run("CreateRole", "RoleName", "R", "AssumeRolePolicyDocument", IamApi.FLOW_LOGS_TRUST,
                "Tags.member.1.Key", "team", "Tags.member.1.Value", "net");
        String firstId = iam.state.role(ACCOUNT, "R").orElseThrow().roleId();
        iam.run("DeleteRole", "RoleName", "R");

        String xml = IamApi.xml(iam.createRole("R"));

        String secondId = iam.state.role(ACCOUNT, "R").orElseThrow().roleId();
        assertTrue(!secondId.equals(firstId) && xml.contains(secondId), xml);
        assertTrue(!IamApi.xml(iam.run("GetRole", "RoleName", "R")).contains("<Tags>"));
    }

    @Test
    void updateAssumeRolePolicyReplacesTheTrustPolicy() {
        iam.createRole("FlowLogsRole");
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}]}";

        assertNull(iam.run("UpdateAssumeRolePolicy", "RoleName", "FlowLogsRole", "PolicyDocument", trust));

        assertEquals(trust, iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow().trustPolicy().text());
        assertTrue(IamApi.xml(iam.run("GetRole", "RoleName", "FlowLogsRole")).contains(
                "<AssumeRolePolicyDocument>" + PolicyText.urlEncode(trust) + "</AssumeRolePolicyDocument>"));
    }

    @Test
    void updateAssumeRolePolicyRefusesAMalformedOrOversizedPolicyAndKeepsTheOldOne() {
        iam.createRole("FlowLogsRole");

        iam.fails("MalformedPolicyDocument", 400, "AssumeRole policy may only specify STS AssumeRole actions.",
                "UpdateAssumeRolePolicy", "RoleName", "FlowLogsRole", "PolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"Service\":\"vpc-flow-logs.amazonaws.com\"},\"Action\":\"logs:PutLogEvents\"}]}");
        iam.fails("LimitExceeded", 409, "Cannot exceed quota for ACLSizePerRole: 2048",
                "UpdateAssumeRolePolicy", "RoleName", "FlowLogsRole", "PolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + "s".repeat(2048) + "\",\"Effect\":"
                        + "\"Allow\",\"Principal\":{\"Service\":\"vpc-flow-logs.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\"}]}");
        assertEquals(IamApi.FLOW_LOGS_TRUST,
                iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow().trustPolicy().text());
    }
}
