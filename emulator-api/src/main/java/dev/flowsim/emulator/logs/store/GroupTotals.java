package dev.flowsim.emulator.logs.store;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of a log group, updated by its streams as they store or lose events. */
final class GroupTotals {

    private final LongAdder events = new LongAdder();
    private final LongAdder messageBytes = new LongAdder();

    void add(long eventCount, long bytes) {
        events.add(eventCount);
        messageBytes.add(bytes);
    }

    long events() {
        return events.sum();
    }

    long messageBytes() {
        return messageBytes.sum();
    }
}
