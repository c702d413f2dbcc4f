package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which of the matching calls (numbered from 1, in the order they reach the fault) are hit: the first N
 * ({@code first: N}) or calls N to M inclusive ({@code from: N, to: M}; without {@code to}, every call from N on).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallRange(@JsonProperty("first") Integer first, @JsonProperty("from") Integer from,
                        @JsonProperty("to") Integer to) {

    public CallRange {
        if (first != null && (from != null || to != null)) {
            throw new IllegalArgumentException("calls: give either 'first' or 'from'/'to', not both");
        }
        if (first == null && from == null) {
            throw new IllegalArgumentException("calls: give 'first: N' or 'from: N' (and optionally 'to: M')");
        }
        if (first != null && first < 1) {
            throw new IllegalArgumentException("calls.first must be at least 1, got " + first);
        }
        if (from != null && from < 1) {
            throw new IllegalArgumentException("calls.from must be at least 1, got " + from);
        }
        if (to != null && (from == null || to < from)) {
            throw new IllegalArgumentException("calls.to must not be less than calls.from");
        }
    }

    boolean contains(long callNumber) {
        if (first != null) {
            return callNumber <= first;
        }
        return callNumber >= from && (to == null || callNumber <= to);
    }
}
