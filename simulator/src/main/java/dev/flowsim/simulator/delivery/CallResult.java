package dev.flowsim.simulator.delivery;

import java.util.Objects;

/** How an AWS call ended after all retries: its value, or the final failure. */
public sealed interface CallResult<T> {

    /** Calls made, the first attempt included. */
    int attempts();

    record Succeeded<T>(T value, int attempts) implements CallResult<T> {
    }

    record Failed<T>(ClassifiedFailure failure, int attempts) implements CallResult<T> {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }

        /** The same failure, typed for a caller that expected another value. */
        public <U> Failed<U> retyped() {
            return new Failed<>(failure, attempts);
        }
    }
}
