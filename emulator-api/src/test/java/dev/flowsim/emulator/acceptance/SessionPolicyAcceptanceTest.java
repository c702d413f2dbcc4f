package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.identity.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.AccessDeniedException;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role session's permissions are its role's policies narrowed by the session policy passed to AssumeRole, and the
 * requests it signs carry aws:TokenIssueTime; both through the real SDK.
 */
class SessionPolicyAcceptanceTest {

    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/DeliveryRole";
    static final String FLOW_LOG_ARN = "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-00000000000000002";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    /** Everything in CloudWatch Logs, but only for sessions that carry a token issue time (all sessions do). */
    static final String ALL_LOGS = """
            {"Version":"2012-10-17","Statement":[{"Sid":"AllLogs","Effect":"Allow","Action":"logs:*","Resource":"*",
              "Condition":{"DateGreaterThan":{"aws:TokenIssueTime":"2026-01-01T00:00:00Z"}}}]}""";
    static final String STREAMS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"StreamsOnly","Effect":"Allow",
              "Action":"logs:CreateLogStream","Resource":"*"}]}""";

    static EmulatorFixture fx;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam(); CloudWatchLogsClient logs = fx.logs()) {
            iam.createRole(b -> b.roleName("DeliveryRole").assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName("DeliveryRole").policyName("all-logs").policyDocument(ALL_LOGS));
            logs.createLogGroup(b -> b.logGroupName("g"));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static StaticCredentialsProvider assume(String sessionName, String sessionPolicy) {
        Credential key = fx.emulator.flowLogsServiceKey();
        ExecutionInterceptor source = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attrs) {
                return context.httpRequest().toBuilder().putHeader("x-flowsim-source-account", "000000000000")
                        .putHeader("x-flowsim-source-arn", FLOW_LOG_ARN).build();
            }
        };
        try (StsClient sts = StsClient.builder().endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                .credentialsProvider(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(source)).build()) {
            Credentials session = sts.assumeRole(b -> b.roleArn(ROLE_ARN).roleSessionName(sessionName)
                    .policy(sessionPolicy)).credentials();
            return EmulatorFixture.creds(AwsSessionCredentials.create(session.accessKeyId(),
                    session.secretAccessKey(), session.sessionToken()));
        }
    }

    @Test
    void theSessionPolicyNarrowsTheRolesPermissionsAndTheDenialNamesIt() {
        try (CloudWatchLogsClient logs = fx.logs(assume("narrow", STREAMS_ONLY))) {
            logs.createLogStream(b -> b.logGroupName("g").logStreamName("s1"));
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s1")
                            .logEvents(InputLogEvent.builder().timestamp(EmulatorFixture.START.toEpochMilli())
                                    .message("m").build())));
            assertEquals("User: arn:aws:sts::000000000000:assumed-role/DeliveryRole/narrow is not authorized to "
                    + "perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-2:000000000000:log-group:g:"
                    + "log-stream:s1 because no session policy allows the logs:PutLogEvents action",
                    e.awsErrorDetails().errorMessage());
        }
        DecisionLog.Entry denial = fx.emulator.decisions().denials().stream()
                .filter(d -> d.principalArn().endsWith("/narrow")).findFirst().orElseThrow();
        assertEquals("session policy", denial.decidingPolicyType());
        assertTrue(denial.explanation().contains("statement 'AllLogs' of role DeliveryRole inline policy all-logs "
                + "allows logs:PutLogEvents, but the session policy passed to AssumeRole"), denial.explanation());
        assertTrue(denial.fix().contains("to the session policy passed to AssumeRole"), denial.fix());
    }

    @Test
    void withoutASessionPolicyTheRolesPoliciesDecideAndTokenIssueTimeIsPresent() {
        try (CloudWatchLogsClient logs = fx.logs(assume("wide", null))) {
            logs.createLogStream(b -> b.logGroupName("g").logStreamName("s2"));
            logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s2").logEvents(InputLogEvent.builder()
                    .timestamp(EmulatorFixture.START.toEpochMilli()).message("m").build()));
        }
        DecisionLog.Entry allowed = fx.emulator.decisions().entries(d -> d.principalArn().endsWith("/wide")
                && d.action().equals("logs:PutLogEvents")).get(0);
        assertTrue(allowed.allowed());
        assertEquals(java.util.List.of("role DeliveryRole inline policy all-logs statement AllLogs (Allow, "
                + "identity-based policy)"), allowed.matchedStatements());
    }
}
