package dev.flowsim.emulator.iam;

/**
 * A policy document IAM would refuse to store. The message is AWS's text, so the wire layer can answer
 * {@code MalformedPolicyDocument} (HTTP 400) with it unchanged.
 */
public final class MalformedPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPolicyException(String awsMessage) {
        super(awsMessage, null, false, false);
    }

    /** The AWS error code this exception stands for. */
    public String errorCode() {
        return "MalformedPolicyDocument";
    }
}
