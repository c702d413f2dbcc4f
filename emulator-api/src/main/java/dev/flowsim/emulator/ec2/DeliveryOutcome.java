package dev.flowsim.emulator.ec2;

/**
 * How one delivery attempt of the publisher ended, and the {@code DeliverLogsErrorMessage} EC2 shows for it: exactly
 * the three strings AWS documents (reference 5.2) [D].
 */
public enum DeliveryOutcome {
    SUCCESS(null),
    ACCESS_ERROR("Access error"),
    RATE_LIMITED("Rate limited"),
    UNKNOWN_ERROR("Unknown error");

    private final String deliverLogsErrorMessage;

    DeliveryOutcome(String deliverLogsErrorMessage) {
        this.deliverLogsErrorMessage = deliverLogsErrorMessage;
    }

    /** Null for SUCCESS. */
    public String deliverLogsErrorMessage() {
        return deliverLogsErrorMessage;
    }
}
