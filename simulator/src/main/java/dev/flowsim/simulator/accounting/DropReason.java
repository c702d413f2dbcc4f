package dev.flowsim.simulator.accounting;

/**
 * Why records were given up without reaching CloudWatch Logs; the first three match the delivery report outcomes.
 */
public enum DropReason {
    /** The role could not be assumed, or it may not write to the log group. */
    ACCESS_ERROR,
    /** Throttled or failing server-side beyond the retry budget, or a CloudWatch Logs quota was reached. */
    RATE_LIMITED,
    /** Anything else: an unexpected error code, the network, or a format the simulator cannot render. */
    UNKNOWN_ERROR,
    /**
     * The flow log was deleted while records waited in its carry-over buffer; flowsim's own reason (AWS says
     * nothing about such records [U]), so they do not stay pending forever.
     */
    FLOW_LOG_DELETED
}
