package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.identity.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Duration;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every authentication failure, through the AWS SDK for Java v2 against a running server, for each protocol family:
 * CloudWatch Logs (JSON 1.1), STS (Query) and EC2 (EC2 Query), with AWS's codes, statuses and messages.
 */
class AuthErrorsAcceptanceTest {

    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    static EmulatorFixture fx;

    /** One service per protocol family, and a read-only call to make against it. */
    enum Family {
        JSON, QUERY, EC2
    }

    /** How a client is configured for one scenario. */
    record ClientSetup(AwsCredentialsProvider credentials, SdkHttpClient http, AuthScheme<?> scheme) {
        static ClientSetup of(AwsCredentialsProvider credentials) {
            return new ClientSetup(credentials, Apache5HttpClient.create(), AwsV4AuthScheme.create());
        }

        static ClientSetup skewed(Duration offset) {
            return new ClientSetup(EmulatorFixture.creds("test", "test"), Apache5HttpClient.create(),
                    SkewedSigner.offsetBy(offset));
        }
    }

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        try (IamClient iam = fx.iam()) {
            iam.createRole(b -> b.roleName("Deliverer").assumeRolePolicyDocument(TRUST));
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static AwsServiceException failure(Family family, ClientSetup setup) {
        Consumer<ClientOverrideConfiguration.Builder> override = o -> o.retryStrategy(b -> b.maxAttempts(1));
        return switch (family) {
            case JSON -> {
                try (CloudWatchLogsClient c = CloudWatchLogsClient.builder().putAuthScheme(setup.scheme()).endpointOverride(fx.endpoint)
                        .region(EmulatorFixture.REGION).credentialsProvider(setup.credentials())
                        .httpClient(setup.http()).overrideConfiguration(override).build()) {
                    yield assertThrows(AwsServiceException.class, c::describeLogGroups);
                }
            }
            case QUERY -> {
                try (StsClient c = StsClient.builder().putAuthScheme(setup.scheme()).endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                        .credentialsProvider(setup.credentials()).httpClient(setup.http())
                        .overrideConfiguration(override).build()) {
                    yield assertThrows(AwsServiceException.class, c::getCallerIdentity);
                }
            }
            case EC2 -> {
                try (Ec2Client c = Ec2Client.builder().putAuthScheme(setup.scheme()).endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                        .credentialsProvider(setup.credentials()).httpClient(setup.http())
                        .overrideConfiguration(override).build()) {
                    yield assertThrows(AwsServiceException.class, c::describeVpcs);
                }
            }
        };
    }

    private static void assertError(AwsServiceException e, String code, int status, String messageStart) {
        assertEquals(code, e.awsErrorDetails().errorCode(), e.getMessage());
        assertEquals(status, e.statusCode(), e.getMessage());
        assertTrue(e.awsErrorDetails().errorMessage().startsWith(messageStart), e.awsErrorDetails().errorMessage());
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void wrongSecret(Family family) {
        AwsServiceException e = failure(family, ClientSetup.of(EmulatorFixture.creds("test", "not-the-secret")));
        String mismatch = "The request signature we calculated does not match the signature you provided.";
        switch (family) {
            case JSON -> assertError(e, "InvalidSignatureException", 400, mismatch);
            case QUERY -> assertError(e, "SignatureDoesNotMatch", 403, mismatch);
            case EC2 -> assertError(e, "AuthFailure", 401, "AWS was not able to validate the provided access credentials");
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void unknownAccessKey(Family family) {
        AwsServiceException e = failure(family, ClientSetup.of(EmulatorFixture.creds("AKIANOBODYKNOWS00000", "x")));
        String invalid = "The security token included in the request is invalid.";
        switch (family) {
            case JSON -> assertError(e, "UnrecognizedClientException", 400, invalid);
            case QUERY -> assertError(e, "InvalidClientTokenId", 403, invalid);
            case EC2 -> assertError(e, "AuthFailure", 401, "AWS was not able to validate the provided access credentials");
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void missingAuthentication(Family family) {
        AwsServiceException e = failure(family, ClientSetup.of(AnonymousCredentialsProvider.create()));
        switch (family) {
            case JSON -> assertError(e, "MissingAuthenticationTokenException", 400,
                    "Request is missing Authentication Token");
            case QUERY -> assertError(e, "MissingAuthenticationToken", 403, "Request is missing Authentication Token");
            case EC2 -> assertError(e, "MissingParameter", 400,
                    "The request must contain the parameter AWSAccessKeyId");
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void incompleteSignature(Family family) {
        AwsServiceException e = failure(family, new ClientSetup(EmulatorFixture.creds("test", "test"),
                TamperingHttpClient.withoutSignedHeaders(), AwsV4AuthScheme.create()));
        String missing = "Authorization header requires 'SignedHeaders' parameter.";
        switch (family) {
            case JSON -> assertError(e, "IncompleteSignatureException", 400, missing);
            case QUERY, EC2 -> assertError(e, "IncompleteSignature", 400, missing);
        }
    }

    /** The SDK signs with a clock 20 minutes ahead: beyond STS's 15 minutes and everyone else's 5. */
    @ParameterizedTest
    @EnumSource(Family.class)
    void clockTwentyMinutesAhead(Family family) {
        AwsServiceException e = failure(family, ClientSetup.skewed(Duration.ofMinutes(20)));
        switch (family) {
            case JSON -> {
                assertError(e, "InvalidSignatureException", 400, "Signature not yet current: ");
                assertTrue(e.awsErrorDetails().errorMessage().endsWith(" + 5 min.)"), e.getMessage());
            }
            case QUERY -> {
                assertError(e, "SignatureDoesNotMatch", 403, "Signature not yet current: ");
                assertTrue(e.awsErrorDetails().errorMessage().endsWith(" + 15 min.)"), e.getMessage());
            }
            case EC2 -> assertError(e, "AuthFailure", 401, "AWS was not able to validate the provided access credentials");
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void clockTwentyMinutesBehind(Family family) {
        AwsServiceException e = failure(family, ClientSetup.skewed(Duration.ofMinutes(-20)));
        switch (family) {
            case JSON -> assertError(e, "InvalidSignatureException", 400, "Signature expired: ");
            case QUERY -> {
                assertError(e, "SignatureDoesNotMatch", 403, "Signature expired: ");
                assertTrue(e.awsErrorDetails().errorMessage().endsWith(" - 15 min.)"), e.getMessage());
            }
            case EC2 -> assertError(e, "AuthFailure", 401, "AWS was not able to validate the provided access credentials");
        }
    }

    /** STS allows 15 minutes of skew, CloudWatch Logs 5: a clock 10 minutes off passes one and not the other. */
    @Test
    void tenMinutesOfSkewPassStsButNotLogs() {
        try (StsClient sts = StsClient.builder().putAuthScheme(SkewedSigner.offsetBy(Duration.ofMinutes(-10)))
                .endpointOverride(fx.endpoint).region(EmulatorFixture.REGION)
                .credentialsProvider(EmulatorFixture.creds("test", "test"))
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build()) {
            assertEquals("000000000000", sts.getCallerIdentity().account());
        }
        AwsServiceException e = failure(Family.JSON, ClientSetup.skewed(Duration.ofMinutes(-10)));
        assertError(e, "InvalidSignatureException", 400, "Signature expired: ");
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void sessionExpiredOnTheSimulatedClock(Family family) {
        Credentials session = assumeDelivererRole();
        fx.clock.advanceTo(session.expiration().plusSeconds(1));
        AwsServiceException e = failure(family, ClientSetup.of(EmulatorFixture.creds(AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken()))));
        switch (family) {
            case JSON -> assertError(e, "ExpiredTokenException", 400,
                    "The security token included in the request is expired");
            case QUERY -> assertError(e, "ExpiredToken", 403,
                    "The security token included in the request is expired");
            case EC2 -> assertError(e, "RequestExpired", 400, "Request has expired.");
        }
    }

    /** The flow-logs service key assumes a role that trusts the service; the session lasts the default hour. */
    private static Credentials assumeDelivererRole() {
        Credential key = fx.emulator.flowLogsServiceKey();
        try (StsClient sts = fx.sts(EmulatorFixture.creds(key.accessKeyId(), key.secretAccessKey()))) {
            Credentials credentials = sts.assumeRole(b -> b.roleArn("arn:aws:iam::000000000000:role/Deliverer")
                    .roleSessionName("expiry-" + System.nanoTime())).credentials();
            assertEquals(fx.clock.instant().plusSeconds(3600).getEpochSecond(),
                    credentials.expiration().getEpochSecond());
            return credentials;
        }
    }

}
