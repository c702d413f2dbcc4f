package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;

/** The result of one flow log's delivery attempt for a window, as reported to the emulator. */
public enum Outcome {
    SUCCESS(null),
    ACCESS_ERROR("Access error"),
    RATE_LIMITED("Rate limited"),
    UNKNOWN_ERROR("Unknown error");

    private final String deliverLogsErrorMessage;

    Outcome(String deliverLogsErrorMessage) {
        this.deliverLogsErrorMessage = deliverLogsErrorMessage;
    }

    /** What DescribeFlowLogs shows as {@code DeliverLogsErrorMessage}; {@code null} for SUCCESS. */
    public String deliverLogsErrorMessage() {
        return deliverLogsErrorMessage;
    }

    public static Outcome of(DropReason reason) {
        return switch (reason) {
            case ACCESS_ERROR -> ACCESS_ERROR;
            case RATE_LIMITED -> RATE_LIMITED;
            case UNKNOWN_ERROR, FLOW_LOG_DELETED -> UNKNOWN_ERROR;
        };
    }
}
