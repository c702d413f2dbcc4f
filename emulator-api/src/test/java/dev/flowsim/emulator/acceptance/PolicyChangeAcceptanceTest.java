package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.AccessDeniedException;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.iam.IamClient;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The authorizer keeps each principal's identity policies between requests; every IAM change must still apply from
 * the very next request of a session that already made many: inline policies put and deleted, managed policies
 * attached, detached and given a new default version.
 */
class PolicyChangeAcceptanceTest {

    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/DeliveryRole";
    static final String PUT_EVENTS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"*"}]}""";
    static final String STREAMS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:CreateLogStream","Resource":"*"}]}""";

    static EmulatorFixture fx;
    static String managedArn;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam(); CloudWatchLogsClient logs = fx.logs()) {
            iam.createRole(b -> b.roleName("DeliveryRole").assumeRolePolicyDocument(SessionPolicyAcceptanceTest.TRUST));
            iam.putRolePolicy(b -> b.roleName("DeliveryRole").policyName("put").policyDocument(PUT_EVENTS));
            managedArn = iam.createPolicy(b -> b.policyName("managed-put").policyDocument(PUT_EVENTS)).policy().arn();
            logs.createLogGroup(b -> b.logGroupName("g"));
            logs.createLogStream(b -> b.logGroupName("g").logStreamName("s"));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void everyIamChangeAppliesFromTheVeryNextRequest() {
        SessionPolicyAcceptanceTest.fx = fx;
        try (IamClient iam = fx.iam();
             CloudWatchLogsClient logs = fx.logs(SessionPolicyAcceptanceTest.assume("changing", null))) {
            for (int i = 0; i < 20; i++) {
                assertAllowed(logs, "inline policy in place (request " + i + ")");
            }

            iam.deleteRolePolicy(b -> b.roleName("DeliveryRole").policyName("put"));
            assertDenied(logs, "inline policy deleted");

            iam.attachRolePolicy(b -> b.roleName("DeliveryRole").policyArn(managedArn));
            assertAllowed(logs, "managed policy attached");

            iam.createPolicyVersion(b -> b.policyArn(managedArn).policyDocument(STREAMS_ONLY).setAsDefault(true));
            assertDenied(logs, "new default version no longer allows PutLogEvents");

            iam.createPolicyVersion(b -> b.policyArn(managedArn).policyDocument(PUT_EVENTS).setAsDefault(true));
            assertAllowed(logs, "a third version allows PutLogEvents again");

            iam.detachRolePolicy(b -> b.roleName("DeliveryRole").policyArn(managedArn));
            assertDenied(logs, "managed policy detached");

            iam.putRolePolicy(b -> b.roleName("DeliveryRole").policyName("put").policyDocument(PUT_EVENTS));
            assertAllowed(logs, "inline policy put back");
        }
    }

    private static void assertAllowed(CloudWatchLogsClient logs, String when) {
        assertDoesNotThrow(() -> put(logs), when);
    }

    private static void assertDenied(CloudWatchLogsClient logs, String when) {
        assertThrows(AccessDeniedException.class, () -> put(logs), when);
    }

    private static void put(CloudWatchLogsClient logs) {
        logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s").logEvents(InputLogEvent.builder()
                .timestamp(EmulatorFixture.START.toEpochMilli()).message("m").build()));
    }
}
