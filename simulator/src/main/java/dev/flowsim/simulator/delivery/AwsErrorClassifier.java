package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Maps what an SDK call failed with to a {@link ClassifiedFailure}. Pure: the same exception always gives the same
 * answer, so the mapping is unit-tested without any server.
 */
public final class AwsErrorClassifier {

    private static final Set<String> THROTTLING_CODES = Set.of("ThrottlingException", "Throttling",
            "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException",
            "SlowDown");
    private static final Set<String> SERVER_FAULT_CODES = Set.of("ServiceUnavailableException",
            "ServiceUnavailable", "InternalFailure", "InternalError", "InternalServerError",
            "InternalServerException");
    private static final Set<String> ACCESS_DENIED_CODES = Set.of("AccessDeniedException", "AccessDenied");
    private static final Set<String> CREDENTIALS_REJECTED_CODES = Set.of("ExpiredTokenException", "ExpiredToken",
            "UnrecognizedClientException", "InvalidClientTokenId");

    private AwsErrorClassifier() {
    }

    public static ClassifiedFailure classify(String operation, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AwsServiceException service) {
            return classifyService(operation, service);
        }
        if (cause instanceof SdkClientException client) {
            return new ClassifiedFailure(FailureKind.TRANSPORT,
                    new FailedCall(operation, "SdkClientException", messageOf(client)));
        }
        return new ClassifiedFailure(FailureKind.OTHER,
                new FailedCall(operation, cause.getClass().getSimpleName(), messageOf(cause)));
    }

    private static ClassifiedFailure classifyService(String operation, AwsServiceException service) {
        AwsErrorDetails details = service.awsErrorDetails();
        String code = details == null || details.errorCode() == null ? "HTTP" + service.statusCode()
                : details.errorCode();
        String message = details == null || details.errorMessage() == null ? messageOf(service)
                : details.errorMessage();
        FailedCall call = new FailedCall(operation, code, message);
        return new ClassifiedFailure(kindOf(code, message, service.statusCode()), call);
    }

    /** Decides by the AWS error code first and by the HTTP status only when the code is not one we know. */
    static FailureKind kindOf(String code, String message, int status) {
        if (THROTTLING_CODES.contains(code)) {
            return FailureKind.THROTTLED;
        }
        if (ACCESS_DENIED_CODES.contains(code)) {
            return FailureKind.ACCESS_DENIED;
        }
        if (CREDENTIALS_REJECTED_CODES.contains(code)) {
            return FailureKind.CREDENTIALS_REJECTED;
        }
        if ("LimitExceededException".equals(code)) {
            return FailureKind.QUOTA_EXCEEDED;
        }
        if ("ResourceAlreadyExistsException".equals(code)) {
            return FailureKind.ALREADY_EXISTS;
        }
        if ("OperationAbortedException".equals(code)) {
            return FailureKind.CONFLICT;
        }
        if ("ResourceNotFoundException".equals(code)) {
            return missingResource(message);
        }
        if (SERVER_FAULT_CODES.contains(code) || status >= 500) {
            return FailureKind.SERVER_FAULT;
        }
        return FailureKind.OTHER;
    }

    /** "The specified log group does not exist." versus "The specified log stream does not exist." */
    private static FailureKind missingResource(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("log stream")) {
            return FailureKind.LOG_STREAM_MISSING;
        }
        if (text.contains("log group")) {
            return FailureKind.LOG_GROUP_MISSING;
        }
        return FailureKind.OTHER;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
