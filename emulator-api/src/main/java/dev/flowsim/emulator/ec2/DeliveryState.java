package dev.flowsim.emulator.ec2;

/**
 * A flow log's delivery health as the publisher reported it. {@code deliverLogsStatus} and
 * {@code deliverLogsErrorMessage} are what DescribeFlowLogs shows; the failure detail and counters are flowsim's own.
 *
 * @param statusTime     time (epoch ms) of the report that set the status; 0 before any report
 * @param lastFailure    the most recent failed attempt, kept after delivery recovers; null if none
 * @param reportsApplied number of reports received
 */
public record DeliveryState(String deliverLogsStatus, String deliverLogsErrorMessage, long statusTime,
                            DeliveryFailure lastFailure, long recordsDelivered, long recordsRejected,
                            long recordsDropped, long reportsApplied) {

    /** A new flow log: SUCCESS until the publisher says otherwise (as AWS shows right after creation [O]). */
    public static final DeliveryState INITIAL = new DeliveryState("SUCCESS", null, 0, null, 0, 0, 0, 0);

    /**
     * The state after {@code report}. Counters always add up; the status follows the newest report by time, so a late
     * report of an older attempt cannot undo a newer one.
     */
    public DeliveryState apply(DeliveryReport report) {
        long delivered = recordsDelivered + report.recordsDelivered();
        long rejected = recordsRejected + report.recordsRejected();
        long dropped = recordsDropped + report.recordsDropped();
        if (report.time() < statusTime) {
            return new DeliveryState(deliverLogsStatus, deliverLogsErrorMessage, statusTime, lastFailure,
                    delivered, rejected, dropped, reportsApplied + 1);
        }
        DeliveryOutcome outcome = report.outcome();
        boolean ok = outcome == DeliveryOutcome.SUCCESS;
        DeliveryFailure failure = ok ? lastFailure : new DeliveryFailure(report.time(), outcome,
                report.operation(), report.errorCode(), report.errorMessage());
        return new DeliveryState(ok ? "SUCCESS" : "FAILED", outcome.deliverLogsErrorMessage(), report.time(),
                failure, delivered, rejected, dropped, reportsApplied + 1);
    }
}
