package dev.flowsim.simulator.delivery;

import java.util.Objects;

/** A failed call together with what it means for delivery. */
public record ClassifiedFailure(FailureKind kind, FailedCall call) {

    public ClassifiedFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(call, "call");
    }
}
