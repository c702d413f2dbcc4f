package dev.flowsim.emulator.ec2;

/**
 * What the Flow Logs publisher reports after a delivery attempt (JSON over flowsim's admin API; the field names are
 * the contract with the simulator).
 *
 * @param time             simulated epoch milliseconds of the attempt
 * @param operation        the CloudWatch Logs / STS call that failed, e.g. {@code PutLogEvents}; null on success
 * @param errorCode        the AWS error code it got, e.g. {@code AccessDeniedException}; null on success
 * @param errorMessage     the AWS error message it got; null on success
 * @param recordsDelivered records accepted by CloudWatch Logs in this attempt
 * @param recordsRejected  records CloudWatch Logs rejected individually (too old, too new, expired)
 * @param recordsDropped   records the publisher gave up on
 */
public record DeliveryReport(String flowLogId, long time, DeliveryOutcome outcome, String operation,
                             String errorCode, String errorMessage, long recordsDelivered, long recordsRejected,
                             long recordsDropped) {

    public DeliveryReport {
        if (flowLogId == null || flowLogId.isEmpty()) {
            throw new IllegalArgumentException("a delivery report needs the flowLogId it is about");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("delivery report for " + flowLogId
                    + " has no outcome (SUCCESS, ACCESS_ERROR, RATE_LIMITED or UNKNOWN_ERROR)");
        }
        if (recordsDelivered < 0 || recordsRejected < 0 || recordsDropped < 0) {
            throw new IllegalArgumentException("delivery report for " + flowLogId + " has a negative record count");
        }
    }
}
