package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.config.AccountsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * flowsim's cross-account delivery [U] at the wire: a role session the Flow Logs service assumed names the log
 * group's account in a signed header, and then both the role's identity policy and the destination account's
 * CloudWatch Logs resource policy must allow each call. Nobody else can use the header to reach another account.
 */
class CrossAccountDeliveryAcceptanceTest {

    static final String OWNER = "000000000000";
    static final String DESTINATION = "111122223333";
    static final String REGION = EmulatorFixture.REGION.id();
    static final String GROUP = "central";
    static final String STREAM = "eni-0a1b2c3d4e5f60718-all";
    static final String ROLE_ARN = "arn:aws:iam::" + OWNER + ":role/FlowLogsRole";
    static final String SERVICE_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String ROOT_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}""";
    static final String ALL_LOGS = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:*","sts:AssumeRole"],
              "Resource":"*"}]}""";
    static final String LET_THE_ROLE_DELIVER = """
            {"Version":"2012-10-17","Statement":[{"Sid":"FlowLogsFromOwner","Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:role/FlowLogsRole"},
              "Action":["logs:CreateLogStream","logs:PutLogEvents"],
              "Resource":"arn:aws:logs:us-east-2:111122223333:log-group:central:*"}]}""";
    static final String LET_ACCOUNT_A_DO_ANYTHING = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"logs:*","Resource":"*"}]}""";

    EmulatorFixture fx;
    CloudWatchLogsClient destinationRoot;

    @BeforeEach
    void start() throws InterruptedException {
        AccountsConfig accounts = new AccountsConfig(List.of(new AccountsConfig.Account(DESTINATION,
                List.of(new AccountsConfig.Key("ROOTKEYDESTINATION01", "destination-secret")), null, null, null)));
        fx = new EmulatorFixture(options -> options.withAccounts(accounts));
        destinationRoot = fx.logs(EmulatorFixture.creds("ROOTKEYDESTINATION01", "destination-secret"));
        destinationRoot.createLogGroup(b -> b.logGroupName(GROUP));
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(SERVICE_TRUST));
            iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(ALL_LOGS));
        }
    }

    @AfterEach
    void stop() {
        destinationRoot.close();
        fx.close();
    }

    /** Adds the destination-account header before signing, as the publisher's interceptor does. */
    static ExecutionInterceptor destinationHeader(String account) {
        return new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attrs) {
                return context.httpRequest().toBuilder().putHeader("x-flowsim-destination-account", account).build();
            }
        };
    }

    CloudWatchLogsClient logsNamingDestination(StaticCredentialsProvider credentials) {
        return CloudWatchLogsClient.builder().endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))
                        .addExecutionInterceptor(destinationHeader(DESTINATION)))
                .build();
    }

    static StaticCredentialsProvider session(Credentials issued) {
        return EmulatorFixture.creds(AwsSessionCredentials.create(issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken()));
    }

    StaticCredentialsProvider flowLogsSession() {
        Credential key = fx.emulator.flowLogsServiceKey();
        try (var sts = fx.sts(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))) {
            return session(sts.assumeRole(b -> b.roleArn(ROLE_ARN).roleSessionName("fl-1")).credentials());
        }
    }

    @Test
    void theDestinationsResourcePolicyDecidesWhetherAFlowLogsSessionMayDeliver() {
        try (CloudWatchLogsClient delivery = logsNamingDestination(flowLogsSession())) {
            CloudWatchLogsException denied = assertThrows(CloudWatchLogsException.class,
                    () -> delivery.createLogStream(b -> b.logGroupName(GROUP).logStreamName(STREAM)));
            assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
            assertEquals("User: arn:aws:sts::000000000000:assumed-role/FlowLogsRole/fl-1 is not authorized to "
                    + "perform: logs:CreateLogStream on resource: arn:aws:logs:us-east-2:111122223333:log-group:"
                    + "central:log-stream:" + STREAM + " because no resource-based policy allows the "
                    + "logs:CreateLogStream action", denied.awsErrorDetails().errorMessage());
            var entry = fx.emulator.decisions().denials().stream()
                    .filter(d -> d.action().equals("logs:CreateLogStream")).findFirst().orElseThrow();
            assertEquals("resource-based policy", entry.decidingPolicyType(), "the resource-policy hop decided");
            assertTrue(entry.explanation().contains(DESTINATION), entry.explanation());
            assertTrue(entry.fix() != null && !entry.fix().isEmpty());

            destinationRoot.putResourcePolicy(b -> b.policyName("flow-logs-from-owner")
                    .policyDocument(LET_THE_ROLE_DELIVER));
            delivery.createLogStream(b -> b.logGroupName(GROUP).logStreamName(STREAM));
            delivery.putLogEvents(b -> b.logGroupName(GROUP).logStreamName(STREAM).logEvents(
                    InputLogEvent.builder().timestamp(EmulatorFixture.START.toEpochMilli()).message("record").build()));
        }
        assertEquals(1, fx.emulator.logs().eventCount(DESTINATION, REGION, GROUP), "the record is in account B");
        assertTrue(fx.emulator.logs().group(OWNER, REGION, GROUP).isEmpty(), "nothing was written in account A");
    }

    @Test
    void theHeaderIsIgnoredForTheAccountsOwnCallers() {
        destinationRoot.putResourcePolicy(b -> b.policyName("open-to-a").policyDocument(LET_ACCOUNT_A_DO_ANYTHING));
        try (CloudWatchLogsClient root = logsNamingDestination(EmulatorFixture.creds("test", "test"))) {
            root.createLogGroup(b -> b.logGroupName("ordinary"));
        }
        assertTrue(fx.emulator.logs().group(OWNER, REGION, "ordinary").isPresent(), "created in the caller's account");
        assertFalse(fx.emulator.logs().group(DESTINATION, REGION, "ordinary").isPresent());
    }

    @Test
    void theHeaderIsIgnoredForRoleSessionsAUserAssumed() {
        destinationRoot.putResourcePolicy(b -> b.policyName("open-to-a").policyDocument(LET_ACCOUNT_A_DO_ANYTHING));
        StaticCredentialsProvider alice;
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("Ops").assumeRolePolicyDocument(ROOT_TRUST));
            iam.putRolePolicy(b -> b.roleName("Ops").policyName("logs").policyDocument(ALL_LOGS));
            iam.createUser(b -> b.userName("alice"));
            iam.putUserPolicy(b -> b.userName("alice").policyName("assume").policyDocument(ALL_LOGS));
            var key = iam.createAccessKey(b -> b.userName("alice")).accessKey();
            alice = EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey());
        }
        StaticCredentialsProvider ops;
        try (var sts = fx.sts(alice)) {
            ops = session(sts.assumeRole(b -> b.roleArn("arn:aws:iam::" + OWNER + ":role/Ops")
                    .roleSessionName("ops")).credentials());
        }
        try (CloudWatchLogsClient asOps = logsNamingDestination(ops)) {
            asOps.createLogGroup(b -> b.logGroupName("by-ops"));
            // The destination's group is out of reach: the name resolves in the caller's own account.
            CloudWatchLogsException missing = assertThrows(CloudWatchLogsException.class,
                    () -> asOps.createLogStream(b -> b.logGroupName(GROUP).logStreamName(STREAM)));
            assertEquals("ResourceNotFoundException", missing.awsErrorDetails().errorCode());
        }
        assertTrue(fx.emulator.logs().group(OWNER, REGION, "by-ops").isPresent());
        assertFalse(fx.emulator.logs().group(DESTINATION, REGION, "by-ops").isPresent());
    }
}
