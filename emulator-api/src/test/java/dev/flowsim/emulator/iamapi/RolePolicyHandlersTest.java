package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.iamapi.QueryCalls.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PutRolePolicy, GetRolePolicy, ListRolePolicies and DeleteRolePolicy. */
class RolePolicyHandlersTest {

    private final IamApi iam = new IamApi();

    @BeforeEach
    void createRole() {
        iam.createRole("FlowLogsRole");
    }

    private void put(String policyName, String document) {
        assertNull(iam.run("PutRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", policyName,
                "PolicyDocument", document));
    }

    /** A valid identity policy of exactly {@code size} characters, none of them white space. */
    private static String policyOfSize(int size) {
        String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
        String tail = "\",\"Effect\":\"Allow\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}";
        return head + "s".repeat(size - head.length() - tail.length()) + tail;
    }

    @Test
    void aPutPolicyIsReturnedUrlEncoded() {
        put("deliver", IamApi.DELIVER);

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetRolePolicyResult "
                        + "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><RoleName>FlowLogsRole</RoleName>"
                        + "<PolicyName>deliver</PolicyName><PolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C"
                        + "%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%5B%22logs%3A"
                        + "CreateLogStream%22%2C%22logs%3APutLogEvents%22%5D%2C%22Resource%22%3A%22%2A%22%7D%5D%7D"
                        + "</PolicyDocument></GetRolePolicyResult>\n",
                IamApi.xml(iam.run("GetRolePolicy", "RoleName", "flowlogsrole", "PolicyName", "deliver")));
    }

    @Test
    void putReplacesAPolicyOfTheSameName() {
        put("deliver", IamApi.DELIVER);
        String narrower = IamApi.DELIVER.replace("\"logs:CreateLogStream\",", "");

        put("deliver", narrower);

        assertEquals(narrower,
                iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow().inlinePolicies().get("deliver").text());
    }

    @Test
    void aPolicyWithAPrincipalIsMalformed() {
        iam.fails("MalformedPolicyDocument", 400, "Policy document should not specify a principal.",
                "PutRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "p", "PolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}");
        assertTrue(iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow().inlinePolicies().isEmpty());
    }

    @Test
    void allInlinePoliciesOfARoleShareOneQuotaWithoutWhiteSpace() {
        put("a", policyOfSize(6000));
        // Replacing a policy counts only its new text; white space never counts.
        put("a", policyOfSize(6000).replace(",", ",\n      "));
        put("b", policyOfSize(4240));

        iam.fails("LimitExceeded", 409, "Maximum policy size of 10240 bytes exceeded for role FlowLogsRole",
                "PutRolePolicy", "RoleName", "flowlogsrole", "PolicyName", "b", "PolicyDocument",
                policyOfSize(4241));
        assertEquals(policyOfSize(4240),
                iam.state.role(ACCOUNT, "FlowLogsRole").orElseThrow().inlinePolicies().get("b").text());
    }

    @Test
    void missingRolesAndPoliciesAreNoSuchEntity() {
        iam.fails("NoSuchEntity", 404, "The role with name Ghost cannot be found.",
                "PutRolePolicy", "RoleName", "Ghost", "PolicyName", "p", "PolicyDocument", IamApi.DELIVER);
        iam.fails("NoSuchEntity", 404, "The role policy with name deliver cannot be found.",
                "GetRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "deliver");
        iam.fails("NoSuchEntity", 404, "The role policy with name deliver cannot be found.",
                "DeleteRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "deliver");
        iam.fails("NoSuchEntity", 404, "The role with name Ghost cannot be found.",
                "ListRolePolicies", "RoleName", "Ghost");
    }

    @Test
    void policyNamesAreValidatedLikeTheModel() {
        iam.fails("ValidationError", 400, "2 validation errors detected: Value null at 'policyName' failed to "
                        + "satisfy constraint: Member must not be null; Value null at 'policyDocument' failed to "
                        + "satisfy constraint: Member must not be null",
                "PutRolePolicy", "RoleName", "FlowLogsRole");
        iam.fails("ValidationError", 400, "1 validation error detected: Value 'a/b' at 'policyName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
                "GetRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "a/b");
    }

    @Test
    void listRolePoliciesPagesThroughTheNamesInOrder() {
        put("zeta", IamApi.DELIVER);
        put("alpha", IamApi.DELIVER);
        put("mid", IamApi.DELIVER);

        String first = IamApi.xml(iam.run("ListRolePolicies", "RoleName", "FlowLogsRole", "MaxItems", "2"));
        String rest = IamApi.xml(iam.run("ListRolePolicies", "RoleName", "FlowLogsRole", "Marker", "zeta"));

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListRolePoliciesResult "
                + "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><PolicyNames><member>alpha</member>"
                + "<member>mid</member></PolicyNames><IsTruncated>true</IsTruncated><Marker>zeta</Marker>"
                + "</ListRolePoliciesResult>\n", first);
        assertTrue(rest.contains("<PolicyNames><member>zeta</member></PolicyNames><IsTruncated>false</IsTruncated>"
                + "</ListRolePoliciesResult>"), rest);
    }

    @Test
    void anEmptyListIsAnEmptyElement() {
        assertTrue(IamApi.xml(iam.run("ListRolePolicies", "RoleName", "FlowLogsRole"))
                .contains("<PolicyNames/><IsTruncated>false</IsTruncated>"));
    }

    @Test
    void eachOperationAuthorizesItsOwnActionOnTheRole() {
        String arn = "arn:aws:iam::111122223333:role/FlowLogsRole";
        assertEquals(List.of(new AccessCheck("iam:PutRolePolicy", arn)), iam.checks("PutRolePolicy",
                "RoleName", "FlowLogsRole", "PolicyName", "p", "PolicyDocument", IamApi.DELIVER));
        assertEquals(List.of(new AccessCheck("iam:GetRolePolicy", arn)),
                iam.checks("GetRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "p"));
        assertEquals(List.of(new AccessCheck("iam:ListRolePolicies", arn)),
                iam.checks("ListRolePolicies", "RoleName", "FlowLogsRole"));
        assertEquals(List.of(new AccessCheck("iam:DeleteRolePolicy", arn)),
                iam.checks("DeleteRolePolicy", "RoleName", "FlowLogsRole", "PolicyName", "p"));
    }
}
