package dev.flowsim.emulator.service;

/**
 * One IAM question an operation asks before it runs: may the caller perform {@code action} on {@code resourceArn}?
 * Declared by each handler from its decoded input, answered by the pipeline, so no handler authorizes by hand.
 *
 * @param action      e.g. {@code logs:PutLogEvents}
 * @param resourceArn the ARN AWS evaluates (and prints in AccessDenied), e.g. the log-stream form for PutLogEvents
 */
public record AccessCheck(String action, String resourceArn) {

    /** The account of an ARN ({@code arn:partition:service:region:ACCOUNT:...}); empty when it has none. */
    public String resourceAccount() {
        String[] parts = resourceArn.split(":", 6);
        return parts.length >= 5 ? parts[4] : "";
    }
}
