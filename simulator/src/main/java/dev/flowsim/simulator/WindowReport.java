package dev.flowsim.simulator;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.record.CaptureWindow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery of one capture window across all flow logs with that aggregation interval, in flow-log-id order.
 *
 * @param deliveredAt the simulated time the delivery began
 */
public record WindowReport(CaptureWindow window, Instant deliveredAt, List<FlowLogWindowResult> flowLogs) {

    public WindowReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        flowLogs = List.copyOf(flowLogs);
    }

    /** The window's records over all its flow logs. */
    public Accounting accounting() {
        return flowLogs.stream().map(FlowLogWindowResult::accounting).reduce(Accounting.empty(), Accounting::plus);
    }

    public Optional<FlowLogWindowResult> flowLog(String flowLogId) {
        return flowLogs.stream().filter(result -> result.flowLogId().equals(flowLogId)).findFirst();
    }
}
