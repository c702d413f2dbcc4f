package dev.flowsim.simulator.record;

/** The `log-status` of a flow-log record. */
public enum LogStatus {
    /** Data is logging normally. */
    OK,
    /** No traffic to or from the interface during the capture window. */
    NODATA,
    /** Some records of the window were skipped inside the service. */
    SKIPDATA
}
