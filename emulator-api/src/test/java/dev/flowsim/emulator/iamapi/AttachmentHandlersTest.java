package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.iamapi.QueryCalls.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attaching managed policies to roles and users: access checks, quotas, conflicts, listing. */
class AttachmentHandlersTest {

    private static final String POLICY_ARN = "arn:aws:iam::" + ACCOUNT + ":policy/deliver";

    private final IamApi iam = new IamApi();

    @BeforeEach
    void setUp() {
        iam.createRole("FlowLogsRole");
        iam.run("CreatePolicy", "PolicyName", "deliver", "PolicyDocument", IamApi.DELIVER);
    }

    @Test
    void attachIsAuthorizedAgainstTheRole() {
        assertEquals(List.of(new AccessCheck("iam:AttachRolePolicy", "arn:aws:iam::" + ACCOUNT + ":role/FlowLogsRole")),
                iam.checks("AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN));
        assertEquals(List.of(new AccessCheck("iam:ListAttachedUserPolicies",
                        "arn:aws:iam::" + ACCOUNT + ":user/nobody")),
                iam.checks("ListAttachedUserPolicies", "UserName", "nobody"));
    }

    @Test
    void anAttachedPolicyIsListedAndBlocksDeletingTheRole() {
        iam.run("AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN);
        iam.run("AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN);

        String xml = IamApi.xml(iam.run("ListAttachedRolePolicies", "RoleName", "FlowLogsRole"));
        assertTrue(xml.contains("<AttachedPolicies><member><PolicyName>deliver</PolicyName><PolicyArn>" + POLICY_ARN
                + "</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated>"), xml);
        iam.fails("DeleteConflict", 409, "Cannot delete entity, must detach all policies first.",
                "DeleteRole", "RoleName", "FlowLogsRole");

        iam.run("DetachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN);
        iam.fails("NoSuchEntity", 404, "Policy " + POLICY_ARN + " was not found.",
                "DetachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN);
        iam.run("DeleteRole", "RoleName", "FlowLogsRole");
    }

    @Test
    void atMostTenPoliciesPerRole() {
        for (int i = 1; i <= 9; i++) {
            iam.run("CreatePolicy", "PolicyName", "p" + i, "PolicyDocument", IamApi.DELIVER);
            iam.run("AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn",
                    "arn:aws:iam::" + ACCOUNT + ":policy/p" + i);
        }
        iam.run("AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", POLICY_ARN);
        iam.run("CreatePolicy", "PolicyName", "eleventh", "PolicyDocument", IamApi.DELIVER);

        iam.fails("LimitExceeded", 409, "Cannot exceed quota for PoliciesPerRole: 10", "AttachRolePolicy",
                "RoleName", "FlowLogsRole", "PolicyArn", "arn:aws:iam::" + ACCOUNT + ":policy/eleventh");
    }

    @Test
    void missingAndForeignPoliciesAreNotAttachable() {
        String foreign = "arn:aws:iam::" + QueryCalls.OTHER_ACCOUNT + ":policy/deliver";
        iam.fails("NoSuchEntity", 404, "Policy " + foreign + " does not exist or is not attachable.",
                "AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", foreign);
        iam.fails("InvalidInput", 400, "ARN arn:aws:s3:::bucket/policy is not valid.",
                "AttachRolePolicy", "RoleName", "FlowLogsRole", "PolicyArn", "arn:aws:s3:::bucket/policy");
    }

    @Test
    void managedPoliciesMustBeCurrentVersionAndWithinTheirQuota() {
        iam.fails("MalformedPolicyDocument", 400, "Policy document must be version 2012-10-17 or greater.",
                "CreatePolicy", "PolicyName", "old", "PolicyDocument", IamApi.DELIVER.replace("2012-10-17",
                        "2008-10-17"));
        String big = IamApi.DELIVER.replace("\"Effect\"", "\"Sid\":\"" + "s".repeat(6200) + "\",\"Effect\"");
        iam.fails("LimitExceeded", 409, "Cannot exceed quota for PolicySize: 6144",
                "CreatePolicy", "PolicyName", "big", "PolicyDocument", big);
        iam.fails("EntityAlreadyExists", 409, "A policy called deliver already exists. Duplicate names are not "
                + "allowed.", "CreatePolicy", "PolicyName", "deliver", "PolicyDocument", IamApi.DELIVER);
    }
}
