package dev.flowsim.emulator.iam;

/**
 * A policy over one of IAM's size quotas. The message is AWS's text; the wire layer answers {@code LimitExceeded}
 * (HTTP 409) with it unchanged.
 */
public final class PolicyLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyLimitExceededException(String awsMessage) {
        super(awsMessage, null, false, false);
    }

    /** The AWS error code this exception stands for. */
    public String errorCode() {
        return "LimitExceeded";
    }
}
