package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IAM users with access keys, customer managed policies and their versions, through the real SDK. */
class IamUsersAcceptanceTest {

    static final String ACCOUNT = "000000000000";
    static final String CREATE_GROUPS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Groups","Effect":"Allow","Action":"logs:CreateLogGroup",
              "Resource":"*"}]}""";
    static final String DENY_LOGS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"logs:*","Resource":"*"}]}""";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    EmulatorFixture fx;
    IamClient root;

    @BeforeEach
    void start() throws InterruptedException {
        fx = new EmulatorFixture();
        root = fx.iam();
        root.createUser(b -> b.userName("bob"));
    }

    @AfterEach
    void stop() {
        root.close();
        fx.close();
    }

    private StaticCredentialsProvider keysOf(String userName) {
        AccessKey key = root.createAccessKey(b -> b.userName(userName)).accessKey();
        return EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey());
    }

    private String createPolicy(String name, String document) {
        return root.createPolicy(b -> b.policyName(name).policyDocument(document)).policy().arn();
    }

    @Test
    void aUsersAccessKeyActsAsThatUser() {
        StaticCredentialsProvider bob = keysOf("bob");
        try (StsClient sts = fx.sts(bob)) {
            GetCallerIdentityResponse me = sts.getCallerIdentity();
            assertEquals("arn:aws:iam::" + ACCOUNT + ":user/bob", me.arn());
            assertEquals(ACCOUNT, me.account());
            assertEquals(root.getUser(b -> b.userName("bob")).user().userId(), me.userId());
        }
    }

    @Test
    void attachedManagedPoliciesAndNewDefaultVersionsDecideAtOnce() {
        StaticCredentialsProvider bob = keysOf("bob");
        try (CloudWatchLogsClient logs = fx.logs(bob)) {
            CloudWatchLogsException denied = assertThrows(CloudWatchLogsException.class,
                    () -> logs.createLogGroup(b -> b.logGroupName("g1")));
            assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
            assertTrue(denied.awsErrorDetails().errorMessage().contains("because no identity-based policy allows"),
                    denied.awsErrorDetails().errorMessage());

            String arn = createPolicy("groups", CREATE_GROUPS);
            root.attachUserPolicy(b -> b.userName("bob").policyArn(arn));
            logs.createLogGroup(b -> b.logGroupName("g1"));

            root.createPolicyVersion(b -> b.policyArn(arn).policyDocument(DENY_LOGS).setAsDefault(true));
            CloudWatchLogsException deny = assertThrows(CloudWatchLogsException.class,
                    () -> logs.createLogGroup(b -> b.logGroupName("g2")));
            assertTrue(deny.awsErrorDetails().errorMessage().contains("with an explicit deny"),
                    deny.awsErrorDetails().errorMessage());

            root.detachUserPolicy(b -> b.userName("bob").policyArn(arn));
            root.putUserPolicy(b -> b.userName("bob").policyName("inline").policyDocument(CREATE_GROUPS));
            logs.createLogGroup(b -> b.logGroupName("g3"));
        }
    }

    @Test
    void managedPolicyLimitsAndConflictsAreAwsErrors() {
        String arn = createPolicy("groups", CREATE_GROUPS);
        for (int i = 2; i <= 5; i++) {
            root.createPolicyVersion(b -> b.policyArn(arn).policyDocument(CREATE_GROUPS));
        }
        IamException tooMany = assertThrows(IamException.class,
                () -> root.createPolicyVersion(b -> b.policyArn(arn).policyDocument(CREATE_GROUPS)));
        assertEquals("LimitExceeded", tooMany.awsErrorDetails().errorCode());
        assertEquals(409, tooMany.statusCode());
        assertEquals(List.of("v5", "v4", "v3", "v2", "v1"), root.listPolicyVersions(b -> b.policyArn(arn))
                .versions().stream().map(v -> v.versionId()).toList());

        IamException defaultVersion = assertThrows(IamException.class,
                () -> root.deletePolicyVersion(b -> b.policyArn(arn).versionId("v1")));
        assertEquals("DeleteConflict", defaultVersion.awsErrorDetails().errorCode());

        root.attachUserPolicy(b -> b.userName("bob").policyArn(arn));
        assertEquals(1, root.getPolicy(b -> b.policyArn(arn)).policy().attachmentCount());
        IamException attached = assertThrows(IamException.class, () -> root.deletePolicy(b -> b.policyArn(arn)));
        assertEquals("Cannot delete a policy attached to entities.", attached.awsErrorDetails().errorMessage());
        IamException userBusy = assertThrows(IamException.class, () -> root.deleteUser(b -> b.userName("bob")));
        assertEquals("DeleteConflict", userBusy.awsErrorDetails().errorCode());

        IamException missing = assertThrows(IamException.class, () -> root.getPolicy(b -> b.policyArn(
                "arn:aws:iam::" + ACCOUNT + ":policy/nope")));
        assertEquals("NoSuchEntity", missing.awsErrorDetails().errorCode());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void listPoliciesPagesWithMarker() {
        createPolicy("a", CREATE_GROUPS);
        createPolicy("b", CREATE_GROUPS);
        createPolicy("c", CREATE_GROUPS);
        ListPoliciesResponse first = root.listPolicies(b -> b.scope("Local").maxItems(2));
        assertTrue(first.isTruncated());
        ListPoliciesResponse second = root.listPolicies(b -> b.scope("Local").maxItems(2).marker(first.marker()));
        assertFalse(second.isTruncated());
        assertEquals(List.of("a", "b", "c"), java.util.stream.Stream.concat(first.policies().stream(),
                second.policies().stream()).map(Policy::policyName).toList());
    }

    @Test
    void iamCallsAreAuthorizedAndDeletedKeysStopWorking() {
        StaticCredentialsProvider bob = keysOf("bob");
        try (IamClient asBob = fx.iam(bob)) {
            IamException denied = assertThrows(IamException.class, () -> asBob.listRoles());
            assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
            assertEquals(403, denied.statusCode());
            assertEquals(1, root.listAccessKeys(b -> b.userName("bob")).accessKeyMetadata().size());
        }
        String keyId = root.listAccessKeys(b -> b.userName("bob")).accessKeyMetadata().get(0).accessKeyId();
        root.deleteAccessKey(b -> b.userName("bob").accessKeyId(keyId));
        try (StsClient sts = fx.sts(bob)) {
            StsException unknown = assertThrows(StsException.class, sts::getCallerIdentity);
            assertEquals("InvalidClientTokenId", unknown.awsErrorDetails().errorCode());
        }
        root.deleteUser(b -> b.userName("bob"));
        assertEquals("NoSuchEntity", assertThrows(IamException.class,
                () -> root.getUser(b -> b.userName("bob"))).awsErrorDetails().errorCode());
    }

    @Test
    void createFlowLogsWithoutPassRoleIsUnauthorizedOperation() {
        root.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST));
        StaticCredentialsProvider bob = keysOf("bob");
        root.putUserPolicy(b -> b.userName("bob").policyName("flowlogs").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:CreateFlowLogs",
                  "ec2:DescribeVpcs"],"Resource":"*"}]}"""));
        try (Ec2Client ec2 = fx.ec2(bob)) {
            String vpcId = ec2.describeVpcs().vpcs().get(0).vpcId();
            Ec2Exception e = assertThrows(Ec2Exception.class, () -> ec2.createFlowLogs(b -> b
                    .resourceType(FlowLogsResourceType.VPC).resourceIds(vpcId).trafficType("ALL")
                    .logGroupName("/aws/vpc/flow-logs")
                    .deliverLogsPermissionArn("arn:aws:iam::" + ACCOUNT + ":role/FlowLogsRole")));
            assertEquals("UnauthorizedOperation", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("iam:PassRole"),
                    e.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void simulatePrincipalPolicyUsesTheUsersPoliciesAsTheyAreNow() {
        String arn = createPolicy("groups", CREATE_GROUPS);
        root.attachUserPolicy(b -> b.userName("bob").policyArn(arn));
        List<EvaluationResult> results = root.simulatePrincipalPolicy(b -> b
                .policySourceArn("arn:aws:iam::" + ACCOUNT + ":user/bob")
                .actionNames("logs:CreateLogGroup", "logs:DeleteLogGroup")).evaluationResults();
        assertEquals("allowed", results.get(0).evalDecisionAsString());
        assertEquals("groups", results.get(0).matchedStatements().get(0).sourcePolicyId());
        assertEquals("user-managed", results.get(0).matchedStatements().get(0).sourcePolicyTypeAsString());
        assertNotNull(results.get(0).matchedStatements().get(0).startPosition());
        assertEquals("implicitDeny", results.get(1).evalDecisionAsString());
    }
}
