package dev.flowsim.emulator.logs.insights;

import java.nio.charset.StandardCharsets;

/** An encoded event that has only a message (stored inside brackets, so the offset is not zero) for field tests. */
final class MessageOnlyEvent extends EncodedEvent {

    MessageOnlyEvent(String message) {
        super(("[" + message + "]").getBytes(StandardCharsets.UTF_8), 1,
                message.getBytes(StandardCharsets.UTF_8).length);
    }

    public long timestamp() {
        return 0;
    }

    public long ingestionTime() {
        return 0;
    }

    public String logStream() {
        return "s";
    }

    public String log() {
        return "1:g";
    }

    public String ptr() {
        return "p";
    }
}
