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
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service principal cannot be forged: only the service key's signed headers become aws:SourceAccount and
 * aws:SourceArn, and the service key itself may only assume roles.
 */
class ServicePrincipalAcceptanceTest {

    static final String ACCOUNT = "000000000000";
    static final String FLOW_LOG_ARN = "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-00000000000000001";
    static final String SERVICE_TRUST_WITH_SOURCE = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"000000000000"}}}]}""";
    static final String SERVICE_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    static final String ACCOUNT_TRUST_WITH_SOURCE = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole",
              "Condition":{"StringEquals":{"aws:SourceAccount":"000000000000"}}}]}""";
    static final String ACCOUNT_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}""";
    static final String MAY_ASSUME_ROLES = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""";

    static EmulatorFixture fx;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("NeedsSource").assumeRolePolicyDocument(SERVICE_TRUST_WITH_SOURCE));
            iam.createRole(b -> b.roleName("Hop").assumeRolePolicyDocument(SERVICE_TRUST));
            iam.putRolePolicy(b -> b.roleName("Hop").policyName("assume").policyDocument(MAY_ASSUME_ROLES));
            iam.createRole(b -> b.roleName("AccountNeedsSource").assumeRolePolicyDocument(ACCOUNT_TRUST_WITH_SOURCE));
            iam.createRole(b -> b.roleName("Account").assumeRolePolicyDocument(ACCOUNT_TRUST));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String role(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
    }

    /** Adds the source headers before signing, so they are signed. */
    static ExecutionInterceptor signedSourceHeaders() {
        return new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attrs) {
                return context.httpRequest().toBuilder()
                        .putHeader("x-flowsim-source-account", ACCOUNT)
                        .putHeader("x-flowsim-source-arn", FLOW_LOG_ARN).build();
            }
        };
    }

    static StsClient sts(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider credentials,
                         SdkHttpClient http, boolean signSourceHeaders) {
        return StsClient.builder().endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                .credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> {
                    o.retryStrategy(b -> b.maxAttempts(1));
                    if (signSourceHeaders) {
                        o.addExecutionInterceptor(signedSourceHeaders());
                    }
                }).build();
    }

    static software.amazon.awssdk.auth.credentials.StaticCredentialsProvider serviceKey() {
        Credential key = fx.emulator.flowLogsServiceKey();
        return EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey());
    }

    @Test
    void theServiceKeyWithSignedSourceHeadersSatisfiesASourceAccountCondition() {
        try (StsClient sts = sts(serviceKey(), Apache5HttpClient.create(), true)) {
            assertEquals("arn:aws:sts::000000000000:assumed-role/NeedsSource/signed",
                    sts.assumeRole(b -> b.roleArn(role("NeedsSource")).roleSessionName("signed"))
                            .assumedRoleUser().arn());
        }
    }

    @Test
    void sourceHeadersAddedAfterSigningAreIgnored() {
        SdkHttpClient unsignedHeaders = new TamperingHttpClient(r -> r.toBuilder()
                .putHeader("x-flowsim-source-account", ACCOUNT)
                .putHeader("x-flowsim-source-arn", FLOW_LOG_ARN).build());
        try (StsClient sts = sts(serviceKey(), unsignedHeaders, false)) {
            AwsServiceException e = assertThrows(AwsServiceException.class,
                    () -> sts.assumeRole(b -> b.roleArn(role("NeedsSource")).roleSessionName("unsigned")));
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
            assertEquals("User: vpc-flow-logs.amazonaws.com is not authorized to perform: sts:AssumeRole because no"
                    + " role trust policy allows the sts:AssumeRole action", e.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void anOrdinaryCallerSigningTheSourceHeadersGetsNoSourceAccount() {
        Credentials hop;
        try (StsClient sts = sts(serviceKey(), Apache5HttpClient.create(), false)) {
            hop = sts.assumeRole(b -> b.roleArn(role("Hop")).roleSessionName("caller")).credentials();
        }
        var session = EmulatorFixture.creds(AwsSessionCredentials.create(hop.accessKeyId(), hop.secretAccessKey(),
                hop.sessionToken()));
        try (StsClient sts = sts(session, Apache5HttpClient.create(), true)) {
            // The control: the same caller is trusted when the trust policy does not ask for aws:SourceAccount.
            assertEquals("arn:aws:sts::000000000000:assumed-role/Account/plain",
                    sts.assumeRole(b -> b.roleArn(role("Account")).roleSessionName("plain")).assumedRoleUser().arn());
            AwsServiceException e = assertThrows(AwsServiceException.class,
                    () -> sts.assumeRole(b -> b.roleArn(role("AccountNeedsSource")).roleSessionName("forged")));
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void theServiceKeyCannotReadLogsOrDescribeAnything() {
        try (CloudWatchLogsClient logs = fx.logs(serviceKey())) {
            AwsServiceException e = assertThrows(AwsServiceException.class, logs::describeLogGroups);
            assertEquals("AccessDeniedException", e.awsErrorDetails().errorCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("may only call sts:AssumeRole"),
                    e.awsErrorDetails().errorMessage());
        }
        try (Ec2Client ec2 = fx.ec2(serviceKey())) {
            AwsServiceException e = assertThrows(AwsServiceException.class, ec2::describeVpcs);
            assertEquals("UnauthorizedOperation", e.awsErrorDetails().errorCode());
        }
        try (StsClient sts = sts(serviceKey(), Apache5HttpClient.create(), false)) {
            AwsServiceException e = assertThrows(AwsServiceException.class, sts::getCallerIdentity);
            assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
        }
    }
}
