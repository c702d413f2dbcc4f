package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.Accounting;

import java.util.Objects;
import java.util.Optional;

/**
 * How one flow log's window went: where its records ended, and the first failure that cost records (a failure
 * that was recovered from, such as a missing log group that could be created, is not one).
 */
public record DeliveryResult(Accounting accounting, Optional<ClassifiedFailure> firstFailure) {

    public DeliveryResult {
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(firstFailure, "firstFailure");
    }

    public Outcome outcome() {
        return firstFailure.map(failure -> Outcome.of(failure.kind().dropReason())).orElse(Outcome.SUCCESS);
    }
}
