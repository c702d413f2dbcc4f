package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.AccessDeniedException;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.iam.IamClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account-level resource policies take effect: IAM evaluates the log group account's policies for every request from
 * another account or from an AWS service, through the real SDK. Account A is the default account; account B has a
 * role session with permissions of its own, which across accounts are not enough without A's resource policy.
 */
class LogsResourcePolicyAcceptanceTest {

    static final String ACCOUNT_A = "000000000000";
    static final String ACCOUNT_B = "111122223333";
    static final String GROUP = "/shared/central";
    static final String GROUP_ARN = "arn:aws:logs:us-east-2:" + ACCOUNT_A + ":log-group:" + GROUP;
    static final String ROLE_B = "arn:aws:iam::" + ACCOUNT_B + ":role/Shipper";

    static EmulatorFixture fx;
    static CloudWatchLogsClient ownerA;
    static CloudWatchLogsClient sessionB;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        fx.emulator.credentials().register(Credential.longTerm("BROOT", "b-root-secret", Principal.root(ACCOUNT_B)));
        fx.emulator.credentials().register(Credential.longTerm("BSESSION", "b-session-secret", Principal.assumedRole(
                "arn:aws:sts::" + ACCOUNT_B + ":assumed-role/Shipper/s1", ROLE_B, "AROASHIPPER:s1")));
        try (IamClient iamB = IamClient.builder().endpointOverride(fx.endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(EmulatorFixture.creds("BROOT", "b-root-secret"))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            iamB.createRole(b -> b.roleName("Shipper").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                      "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"""));
            iamB.putRolePolicy(b -> b.roleName("Shipper").policyName("logs").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}"""));
        }
        ownerA = fx.logs();
        sessionB = fx.logs(EmulatorFixture.creds("BSESSION", "b-session-secret"));
        ownerA.createLogGroup(b -> b.logGroupName(GROUP));
        ownerA.createLogStream(b -> b.logGroupName(GROUP).logStreamName("s"));
        ownerA.createLogStream(b -> b.logGroupName(GROUP).logStreamName("from-service"));
        long t = EmulatorFixture.START.toEpochMilli() - 1000;
        ownerA.putLogEvents(b -> b.logGroupName(GROUP).logStreamName("s").logEvents(
                InputLogEvent.builder().timestamp(t).message("hello").build()));
    }

    @AfterEach
    void removePolicies() {
        ownerA.describeResourcePolicies(b -> { }).resourcePolicies()
                .forEach(p -> ownerA.deleteResourcePolicy(b -> b.policyName(p.policyName())));
    }

    @AfterAll
    static void stop() {
        ownerA.close();
        sessionB.close();
        fx.close();
    }

    static void grant(String principalJson, String action) {
        ownerA.putResourcePolicy(b -> b.policyName("cross-account").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Sid":"LetBIn","Effect":"Allow","Principal":%s,
                  "Action":"%s","Resource":"arn:aws:logs:us-east-2:000000000000:log-group:/shared/*"}]}"""
                .formatted(principalJson, action)));
    }

    static List<String> readAsB() {
        return sessionB.filterLogEvents(b -> b.logGroupIdentifier(GROUP_ARN).logStreamNames("s")).events().stream()
                .map(FilteredLogEvent::message).toList();
    }

    @Test
    void aSessionOfAnotherAccountIsDeniedWithoutTheOwnersResourcePolicy() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                LogsResourcePolicyAcceptanceTest::readAsB);
        assertTrue(denied.awsErrorDetails().errorMessage().contains("logs:FilterLogEvents"),
                denied.awsErrorDetails().errorMessage());
        assertThrows(AccessDeniedException.class,
                () -> sessionB.tagResource(b -> b.resourceArn(GROUP_ARN).tags(java.util.Map.of("by", "b"))));
        assertEquals(java.util.Map.of(), ownerA.listTagsForResource(b -> b.resourceArn(GROUP_ARN)).tags());
    }

    @Test
    void thePolicyNamingTheOtherAccountLetsItsSessionsIn() {
        grant("{\"AWS\":\"" + ACCOUNT_B + "\"}", "logs:*");
        assertEquals(List.of("hello"), readAsB());
        sessionB.tagResource(b -> b.resourceArn(GROUP_ARN).tags(java.util.Map.of("by", "b")));
        assertEquals(java.util.Map.of("by", "b"), ownerA.listTagsForResource(b -> b.resourceArn(GROUP_ARN)).tags());
        ownerA.untagResource(b -> b.resourceArn(GROUP_ARN).tagKeys("by"));
    }

    @Test
    void thePolicyNamingTheRoleLetsItsSessionsInAndDeletingItShutsThemOut() {
        grant("{\"AWS\":\"" + ROLE_B + "\"}", "logs:FilterLogEvents");
        assertEquals(List.of("hello"), readAsB());
        ownerA.deleteResourcePolicy(b -> b.policyName("cross-account"));
        assertThrows(AccessDeniedException.class, LogsResourcePolicyAcceptanceTest::readAsB);
    }

    @Test
    void aPolicyForAnotherPrincipalDoesNotLetTheSessionIn() {
        grant("{\"AWS\":\"arn:aws:iam::444455556666:root\"}", "logs:*");
        assertThrows(AccessDeniedException.class, LogsResourcePolicyAcceptanceTest::readAsB);
    }

    /**
     * The Flow Logs service never writes with its own key: it acts on the customer's resources only through the role it
     * assumes, so even a resource policy naming the service does not let its key call PutLogEvents.
     */
    @Test
    void theFlowLogsServiceKeyCannotWriteDirectlyEvenWhenAResourcePolicyNamesTheService() {
        Credential key = fx.emulator.flowLogsServiceKey();
        ExecutionInterceptor source = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attrs) {
                return context.httpRequest().toBuilder().putHeader("x-flowsim-source-account", ACCOUNT_A).build();
            }
        };
        grant("{\"Service\":\"vpc-flow-logs.amazonaws.com\"}", "logs:PutLogEvents");
        try (CloudWatchLogsClient service = CloudWatchLogsClient.builder().endpointOverride(fx.endpoint)
                .region(EmulatorFixture.REGION)
                .credentialsProvider(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(source)).build()) {
            InputLogEvent event = InputLogEvent.builder().timestamp(EmulatorFixture.START.toEpochMilli())
                    .message("delivered").build();
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> service.putLogEvents(
                    b -> b.logGroupName(GROUP).logStreamName("from-service").logEvents(event)));
            assertTrue(denied.awsErrorDetails().errorMessage().contains("may only call sts:AssumeRole"),
                    denied.awsErrorDetails().errorMessage());
        }
        assertEquals(0L, fx.emulator.logs().eventCountsByStream(ACCOUNT_A, "us-east-2", GROUP)
                .getOrDefault("from-service", 0L));
    }
}
