package dev.flowsim.emulator.logs.store;

/**
 * A consistent snapshot of a stream's counters. The time fields are meaningful only when {@link #hasEvents()}.
 *
 * @param eventCount             events stored
 * @param firstEventTimestamp    the earliest event time
 * @param lastEventTimestamp     the latest event time
 * @param lastIngestionTime      the latest ingestion time
 * @param lastBatchIngestionTime ingestion time of the most recently stored batch
 * @param lastBatchSerial        serial of the most recently stored batch (with the line above it names the batch,
 *                               from which the legacy upload sequence token is derived)
 * @param messageBytes           UTF-8 bytes of all stored messages
 */
public record StreamStats(long eventCount, long firstEventTimestamp, long lastEventTimestamp, long lastIngestionTime,
                          long lastBatchIngestionTime, long lastBatchSerial, long messageBytes) {

    public static final StreamStats EMPTY = new StreamStats(0, 0, 0, 0, 0, 0, 0);

    public boolean hasEvents() {
        return eventCount > 0;
    }
}
