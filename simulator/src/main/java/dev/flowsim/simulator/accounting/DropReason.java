package dev.flowsim.simulator.accounting;

/** Why records were given up without reaching CloudWatch Logs; the names match the delivery report outcomes. */
public enum DropReason {
    /** The role could not be assumed, or it may not write to the log group. */
    ACCESS_ERROR,
    /** Throttled or failing server-side beyond the retry budget, or a CloudWatch Logs quota was reached. */
    RATE_LIMITED,
    /** Anything else: an unexpected error code, the network, or a format the simulator cannot render. */
    UNKNOWN_ERROR
}
