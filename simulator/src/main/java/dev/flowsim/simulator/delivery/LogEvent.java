package dev.flowsim.simulator.delivery;

import java.util.Objects;

/** One CloudWatch Logs event: a rendered flow-log record and its timestamp in epoch milliseconds. */
public record LogEvent(long timestamp, String message) {

    public LogEvent {
        Objects.requireNonNull(message, "message");
        if (message.isEmpty()) {
            throw new IllegalArgumentException("a log event message has at least one character");
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("a log event timestamp is never negative: " + timestamp);
        }
    }

    /** The message's length in UTF-8, as CloudWatch Logs counts it. */
    public int utf8Bytes() {
        return utf8Length(message);
    }

    /**
     * UTF-8 length without encoding the string. A lone surrogate counts 3 bytes: clients replace it with U+FFFD
     * before sending.
     */
    static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
