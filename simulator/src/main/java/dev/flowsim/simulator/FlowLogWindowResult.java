package dev.flowsim.simulator;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.delivery.FailedCall;
import dev.flowsim.simulator.delivery.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * How one flow log's window went: the outcome reported to the emulator, where its records ended, the first call
 * whose failure cost records, with AWS's error code and message, and how many flows the window's SKIPDATA records
 * stand for (flows the publisher could not keep; they never became records, so they are not in the accounting).
 */
public record FlowLogWindowResult(
        String flowLogId,
        String logGroupName,
        Outcome outcome,
        Accounting accounting,
        Optional<FailedCall> firstFailure,
        long skippedFlows) {

    public FlowLogWindowResult {
        Objects.requireNonNull(flowLogId, "flowLogId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(firstFailure, "firstFailure");
    }

    public long generated() {
        return accounting.generated();
    }

    public long delivered() {
        return accounting.delivered();
    }

    public long rejected() {
        return accounting.rejectedTotal();
    }

    public long dropped() {
        return accounting.droppedTotal();
    }

    /** Records of this window (or earlier ones) left in the carry-over buffer, pending, for the next window. */
    public long carried() {
        return accounting.carried();
    }

    /** Records of earlier windows this window's delivery took from the carry-over buffer. */
    public long fromEarlier() {
        return accounting.fromEarlier();
    }
}
