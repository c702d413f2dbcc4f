package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sts.StsClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request must carry a valid SigV4 signature; AWS's own error codes come back through the real SDK. */
class SignatureAcceptanceTest {

    static EmulatorFixture fx;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void logsRequestSignedWithTheWrongSecretIsInvalidSignatureException() {
        try (CloudWatchLogsClient logs = fx.logs(EmulatorFixture.creds("test", "not-the-secret"))) {
            AwsServiceException e = assertThrows(AwsServiceException.class, logs::describeLogGroups);
            assertEquals("InvalidSignatureException", e.awsErrorDetails().errorCode());
            assertEquals(400, e.statusCode());
            assertTrue(e.awsErrorDetails().errorMessage().startsWith(
                    "The request signature we calculated does not match the signature you provided."));
        }
    }

    @Test
    void logsRequestWithAnUnknownAccessKeyIsUnrecognizedClientException() {
        try (CloudWatchLogsClient logs = fx.logs(EmulatorFixture.creds("AKIANOBODYKNOWS00000", "x"))) {
            AwsServiceException e = assertThrows(AwsServiceException.class, logs::describeLogGroups);
            assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
            assertEquals("The security token included in the request is invalid.", e.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void stsRequestSignedWithTheWrongSecretIsSignatureDoesNotMatch() {
        try (StsClient sts = fx.sts(EmulatorFixture.creds("test", "wrong"))) {
            AwsServiceException e = assertThrows(AwsServiceException.class, sts::getCallerIdentity);
            assertEquals("SignatureDoesNotMatch", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
        }
    }

    @Test
    void stsRequestWithAnUnknownAccessKeyIsInvalidClientTokenId() {
        try (StsClient sts = fx.sts(EmulatorFixture.creds("AKIANOBODYKNOWS00000", "x"))) {
            AwsServiceException e = assertThrows(AwsServiceException.class, sts::getCallerIdentity);
            assertEquals("InvalidClientTokenId", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void rootCredentialsIdentifyTheDefaultAccount() {
        try (StsClient sts = fx.sts(EmulatorFixture.creds("test", "test"))) {
            var identity = sts.getCallerIdentity();
            assertEquals("000000000000", identity.account());
            assertEquals("arn:aws:iam::000000000000:root", identity.arn());
        }
    }
}
