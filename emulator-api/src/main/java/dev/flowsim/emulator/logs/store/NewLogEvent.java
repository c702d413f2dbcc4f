package dev.flowsim.emulator.logs.store;

import java.nio.charset.StandardCharsets;

/**
 * An event on its way into a stream: its time and its message, already encoded as UTF-8 (the size rules of
 * PutLogEvents count UTF-8 bytes, so the caller encodes once and the store keeps those bytes).
 */
public record NewLogEvent(long timestamp, byte[] utf8Message) {

    public NewLogEvent {
        if (timestamp < 0) {
            throw new IllegalArgumentException("event timestamps are never negative: " + timestamp);
        }
    }

    public static NewLogEvent of(long timestamp, String message) {
        return new NewLogEvent(timestamp, message.getBytes(StandardCharsets.UTF_8));
    }
}
