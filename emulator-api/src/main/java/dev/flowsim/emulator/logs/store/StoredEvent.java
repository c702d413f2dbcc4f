package dev.flowsim.emulator.logs.store;

/** One event as read back from a stream. */
public record StoredEvent(EventId id, String message) {

    /** Event time, epoch milliseconds. */
    public long timestamp() {
        return id.timestamp();
    }

    /** When CloudWatch Logs accepted the event, epoch milliseconds. */
    public long ingestionTime() {
        return id.ingestionTime();
    }
}
