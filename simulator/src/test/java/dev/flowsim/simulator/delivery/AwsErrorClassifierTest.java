package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsErrorClassifierTest {

    @Test
    void throttlingIsRetriedThenRateLimited() {
        ClassifiedFailure failure = AwsErrorClassifier.classify("PutLogEvents", AwsErrors.throttled());
        assertEquals(FailureKind.THROTTLED, failure.kind());
        assertTrue(failure.kind().retryable());
        assertEquals(DropReason.RATE_LIMITED, failure.kind().dropReason());
        assertEquals(new FailedCall("PutLogEvents", "ThrottlingException", "Rate exceeded"), failure.call());
    }

    @Test
    void stsThrottlingUsesItsOwnCode() {
        assertEquals(FailureKind.THROTTLED, AwsErrorClassifier.classify("AssumeRole",
                AwsErrors.sts(400, "Throttling", "Rate exceeded")).kind());
    }

    @Test
    void serverFaultsAreRetriedThenRateLimited() {
        ClassifiedFailure modelled = AwsErrorClassifier.classify("PutLogEvents",
                AwsErrors.logs(503, "ServiceUnavailableException", "The service cannot complete the request."));
        ClassifiedFailure anyFiveHundred = AwsErrorClassifier.classify("PutLogEvents",
                AwsErrors.logs(500, "SomethingNew", "boom"));
        assertEquals(FailureKind.SERVER_FAULT, modelled.kind());
        assertEquals(FailureKind.SERVER_FAULT, anyFiveHundred.kind());
        assertEquals(DropReason.RATE_LIMITED, anyFiveHundred.kind().dropReason());
    }

    @Test
    void accessDeniedFromEitherServiceIsAnAccessErrorAndNotRetried() {
        ClassifiedFailure logs = AwsErrorClassifier.classify("CreateLogStream",
                AwsErrors.logs(400, "AccessDeniedException", "User: x is not authorized"));
        ClassifiedFailure sts = AwsErrorClassifier.classify("AssumeRole",
                AwsErrors.sts(403, "AccessDenied", "User: y is not authorized to perform: sts:AssumeRole"));
        for (ClassifiedFailure failure : new ClassifiedFailure[] {logs, sts}) {
            assertEquals(FailureKind.ACCESS_DENIED, failure.kind());
            assertFalse(failure.kind().retryable());
            assertEquals(DropReason.ACCESS_ERROR, failure.kind().dropReason());
        }
        assertEquals("User: y is not authorized to perform: sts:AssumeRole", sts.call().errorMessage());
    }

    @Test
    void rejectedOrExpiredCredentialsAreAnAccessError() {
        assertEquals(FailureKind.CREDENTIALS_REJECTED, AwsErrorClassifier.classify("PutLogEvents",
                AwsErrors.logs(400, "ExpiredTokenException", "The security token included in the request is "
                        + "expired")).kind());
        assertEquals(DropReason.ACCESS_ERROR, AwsErrorClassifier.classify("PutLogEvents",
                AwsErrors.logs(400, "UnrecognizedClientException", "The security token included in the request is "
                        + "invalid.")).kind().dropReason());
    }

    @Test
    void missingGroupAndMissingStreamAreToldApartByTheMessage() {
        assertEquals(FailureKind.LOG_GROUP_MISSING, AwsErrorClassifier.classify("CreateLogStream",
                AwsErrors.logs(400, "ResourceNotFoundException", "The specified log group does not exist.")).kind());
        assertEquals(FailureKind.LOG_STREAM_MISSING, AwsErrorClassifier.classify("PutLogEvents",
                AwsErrors.logs(400, "ResourceNotFoundException", "The specified log stream does not exist.")).kind());
    }

    @Test
    void alreadyExistsQuotaAndConflictHaveTheirOwnKinds() {
        assertEquals(FailureKind.ALREADY_EXISTS, AwsErrorClassifier.classify("CreateLogStream",
                AwsErrors.logs(400, "ResourceAlreadyExistsException", "The specified log stream already exists"))
                .kind());
        ClassifiedFailure quota = AwsErrorClassifier.classify("CreateLogGroup",
                AwsErrors.logs(400, "LimitExceededException", "Resource limit exceeded."));
        assertEquals(DropReason.RATE_LIMITED, quota.kind().dropReason(), "the log-group quota reads as Rate limited");
        assertFalse(quota.kind().retryable());
        assertTrue(AwsErrorClassifier.classify("CreateLogGroup", AwsErrors.logs(400, "OperationAbortedException",
                "A conflicting operation is currently in progress against this resource. Please try again."))
                .kind().retryable());
    }

    @Test
    void validationErrorsAreUnknownErrorsAndNotRetried() {
        ClassifiedFailure failure = AwsErrorClassifier.classify("PutLogEvents", AwsErrors.logs(400,
                "InvalidParameterException", "Upload too large: 1048577 bytes exceeds limit of 1048576"));
        assertEquals(FailureKind.OTHER, failure.kind());
        assertEquals(DropReason.UNKNOWN_ERROR, failure.kind().dropReason());
        assertEquals("Upload too large: 1048577 bytes exceeds limit of 1048576", failure.call().errorMessage());
    }

    @Test
    void networkFailuresAreRetriedThenUnknownErrorsAndUnwrappedFromFutures() {
        SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection refused",
                new ConnectException("Connection refused"));
        ClassifiedFailure failure = AwsErrorClassifier.classify("PutLogEvents", new CompletionException(refused));
        assertEquals(FailureKind.TRANSPORT, failure.kind());
        assertTrue(failure.kind().retryable());
        assertEquals(DropReason.UNKNOWN_ERROR, failure.kind().dropReason());
        assertEquals("SdkClientException", failure.call().errorCode());
    }

    @Test
    void anythingElseIsAnUnknownErrorNamedAfterTheException() {
        ClassifiedFailure failure = AwsErrorClassifier.classify("PutLogEvents",
                new CompletionException(new IllegalStateException("bug")));
        assertEquals(new FailedCall("PutLogEvents", "IllegalStateException", "bug"), failure.call());
        assertEquals(FailureKind.OTHER, failure.kind());
    }
}
