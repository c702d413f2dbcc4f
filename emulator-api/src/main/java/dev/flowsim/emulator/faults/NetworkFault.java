package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What can go wrong on the connection rather than in the answer. */
public enum NetworkFault {
    /** The connection is reset (TCP RST) before the request is processed: nothing happened. */
    @JsonProperty("reset") RESET,
    /** The request is never processed and never answered; the connection stays open until the idle timeout. */
    @JsonProperty("stall") STALL,
    /** The request is processed; the response's headers promise the whole body but only half is sent. */
    @JsonProperty("truncated-body") TRUNCATED_BODY,
    /** The request is processed (committed) and the connection closed before any response: tests duplicates. */
    @JsonProperty("response-lost") RESPONSE_LOST;

    /** Whether the operation runs (its effect is kept) before the fault hits the connection. */
    public boolean commits() {
        return this == TRUNCATED_BODY || this == RESPONSE_LOST;
    }

    public String wireName() {
        return switch (this) {
            case RESET -> "reset";
            case STALL -> "stall";
            case TRUNCATED_BODY -> "truncated-body";
            case RESPONSE_LOST -> "response-lost";
        };
    }

    static NetworkFault ofWireName(String name) {
        for (NetworkFault f : values()) {
            if (f.wireName().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
