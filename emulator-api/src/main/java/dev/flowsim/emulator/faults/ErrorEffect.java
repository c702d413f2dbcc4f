package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flowsim.emulator.error.AwsException;

import java.util.Map;

/**
 * An AWS error answer. For the well-known codes the HTTP status and AWS's message are filled in; any other code of
 * the service needs its status and message spelled out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorEffect(@JsonProperty("code") String code, @JsonProperty("status") Integer status,
                          @JsonProperty("message") String message) {

    /** Code → (status, AWS's message) for the errors people inject most. */
    private record Known(int status, String message) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            "ThrottlingException", new Known(400, "Rate exceeded"),
            "Throttling", new Known(400, "Rate exceeded"),
            "RequestLimitExceeded", new Known(503, "Request limit exceeded."),
            "ServiceUnavailableException", new Known(503, "The service cannot complete the request."),
            "ServiceUnavailable", new Known(503, "Service is unable to handle request."),
            "InternalFailure", new Known(500,
                    "The request processing has failed because of an unknown error, exception or failure."),
            "Unavailable", new Known(503, "The server is unavailable."),
            "LimitExceededException", new Known(400, "Resource limit exceeded."));

    public ErrorEffect {
        if (code == null || !code.matches("[A-Za-z][A-Za-z0-9.]{0,99}")) {
            throw new IllegalArgumentException("error.code must be an AWS error code such as ThrottlingException, "
                    + "got " + FaultSpec.quote(code));
        }
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("error.status must be an HTTP error status 400-599, got " + status);
        }
        if (!KNOWN.containsKey(code) && (status == null || message == null)) {
            throw new IllegalArgumentException("error '" + code + "' is not one flowsim knows the status and "
                    + "message of; give error.status and error.message (known: " + KNOWN.keySet() + ")");
        }
    }

    AwsException toException() {
        Known known = KNOWN.get(code);
        int httpStatus = status != null ? status : known.status();
        return new AwsException(code, message != null ? message : known.message(), httpStatus);
    }

    /** The throttling error of a service, in its protocol's words. */
    static AwsException throttling(String service) {
        return switch (service) {
            case "ec2" -> new ErrorEffect("RequestLimitExceeded", null, null).toException();
            case "iam", "sts" -> new ErrorEffect("Throttling", null, null).toException();
            default -> new ErrorEffect("ThrottlingException", null, null).toException();
        };
    }
}
