package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.LogGroup;

/**
 * Told once per batch PutLogEvents stored: events {@code [from, to)} of {@code batch}, whose ids are
 * {@code (timestamp, ingestionTime, serial, i - from)}. Runs on the request thread, so it must be quick and must not
 * block; it should return at once when the group has no filters.
 */
@FunctionalInterface
public interface StoredBatchListener {

    StoredBatchListener NONE = (group, stream, ingestionTime, serial, batch, from, to) -> { };

    void stored(LogGroup group, String stream, long ingestionTime, long serial, EventBatch batch, int from, int to);
}
