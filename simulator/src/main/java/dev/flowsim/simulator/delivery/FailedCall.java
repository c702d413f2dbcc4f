package dev.flowsim.simulator.delivery;

import java.util.Objects;

/**
 * A call that failed, as the user should see it: the AWS operation, the error code and the message AWS returned
 * (for failures outside AWS, a descriptive code such as the exception type).
 */
public record FailedCall(String operation, String errorCode, String errorMessage) {

    public FailedCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(errorCode, "errorCode");
        errorMessage = errorMessage == null ? "" : errorMessage;
    }

    @Override
    public String toString() {
        return operation + ": " + errorCode + (errorMessage.isEmpty() ? "" : " - " + errorMessage);
    }
}
