package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /_flowsim/delivery/reports}: how one flow log's window delivery went. The emulator turns
 * it into DescribeFlowLogs' DeliverLogsStatus and DeliverLogsErrorMessage. The failure members are present only
 * when the outcome is not SUCCESS.
 *
 * @param time    simulated epoch milliseconds of the report
 * @param outcome SUCCESS, ACCESS_ERROR, RATE_LIMITED or UNKNOWN_ERROR
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryReport(
        String flowLogId,
        long time,
        String outcome,
        String operation,
        String errorCode,
        String errorMessage,
        long recordsDelivered,
        long recordsRejected,
        long recordsDropped) {
}
