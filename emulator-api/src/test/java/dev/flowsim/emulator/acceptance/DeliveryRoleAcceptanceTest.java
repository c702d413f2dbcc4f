package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.identity.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
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
 * The delivery role's two hops through the real SDK: the Flow Logs service assumes the role (trust policy with the
 * confused-deputy conditions), then the session writes to the log group (permissions policy).
 */
class DeliveryRoleAcceptanceTest {

    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/FlowLogsRole";
    static final String FLOW_LOG_ARN = "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-00000000000000001";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"000000000000"},
                           "ArnLike":{"aws:SourceArn":"arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/*"}}}]}""";
    static final String WITHOUT_PUT = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Deliver","Effect":"Allow",
              "Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:DescribeLogGroups","logs:DescribeLogStreams"],
              "Resource":"*"}]}""";

    static EmulatorFixture fx;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam(); CloudWatchLogsClient logs = fx.logs()) {
            iam.createRole(b -> b.roleName("FlowLogsRole").assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName("FlowLogsRole").policyName("deliver").policyDocument(WITHOUT_PUT));
            logs.createLogGroup(b -> b.logGroupName("/aws/vpc/flow-logs"));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** Signs as vpc-flow-logs.amazonaws.com and declares the flow log it acts for, in signed headers. */
    static StsClient serviceSts(String sourceAccount, String sourceArn) {
        Credential key = fx.emulator.flowLogsServiceKey();
        ExecutionInterceptor source = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attrs) {
                return context.httpRequest().toBuilder()
                        .putHeader("x-flowsim-source-account", sourceAccount)
                        .putHeader("x-flowsim-source-arn", sourceArn).build();
            }
        };
        return StsClient.builder().endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                .credentialsProvider(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(source)).build();
    }

    @Test
    void theServiceAssumesTheRoleWhenTheSourceMatchesTheTrustConditions() {
        try (StsClient sts = serviceSts("000000000000", FLOW_LOG_ARN)) {
            var response = sts.assumeRole(b -> b.roleArn(ROLE_ARN).roleSessionName("fl-00000000000000001"));
            assertEquals("arn:aws:sts::000000000000:assumed-role/FlowLogsRole/fl-00000000000000001",
                    response.assumedRoleUser().arn());
            assertTrue(response.assumedRoleUser().assumedRoleId().startsWith("AROA"));
        }
    }

    @Test
    void theTrustPolicyRefusesAnotherSourceAccount() {
        try (StsClient sts = serviceSts("111122223333", FLOW_LOG_ARN)) {
            AwsServiceException e = assertThrows(AwsServiceException.class,
                    () -> sts.assumeRole(b -> b.roleArn(ROLE_ARN).roleSessionName("fl-00000000000000001")));
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("sts:AssumeRole"), e.getMessage());
        }
    }

    @Test
    void aSessionWithoutPutLogEventsIsDeniedWithAwsMessageAndTheDenialIsExplained() {
        Credentials session;
        try (StsClient sts = serviceSts("000000000000", FLOW_LOG_ARN)) {
            session = sts.assumeRole(b -> b.roleArn(ROLE_ARN).roleSessionName("fl-00000000000000001")).credentials();
        }
        var sessionCreds = EmulatorFixture.creds(AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));
        try (CloudWatchLogsClient logs = fx.logs(sessionCreds)) {
            logs.createLogStream(b -> b.logGroupName("/aws/vpc/flow-logs").logStreamName("eni-1-all"));
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> logs.putLogEvents(b -> b.logGroupName("/aws/vpc/flow-logs").logStreamName("eni-1-all")
                            .logEvents(InputLogEvent.builder().timestamp(EmulatorFixture.START.toEpochMilli())
                                    .message("2 000000000000 eni-1 - - - - - - - 1 2 - NODATA").build())));
            assertEquals(400, e.statusCode());
            assertEquals("User: arn:aws:sts::000000000000:assumed-role/FlowLogsRole/fl-00000000000000001 is not "
                            + "authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-2:000000000000:"
                            + "log-group:/aws/vpc/flow-logs:log-stream:eni-1-all because no identity-based policy "
                            + "allows the logs:PutLogEvents action",
                    e.awsErrorDetails().errorMessage());
        }
        var denial = fx.emulator.decisions().denials().stream()
                .filter(d -> d.action().equals("logs:PutLogEvents")).findFirst().orElseThrow();
        assertTrue(denial.explanation().contains("FlowLogsRole"), denial.explanation());
    }
}
