package dev.flowsim.simulator.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a chronological run of events into as few PutLogEvents batches as the limits allow, keeping the order.
 * A batch closes when the next event would exceed the event count, the byte budget or the time span.
 */
public final class BatchPacker {

    private final BatchLimits limits;

    public BatchPacker(BatchLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public BatchLimits limits() {
        return limits;
    }

    /**
     * @param events sorted by timestamp (equal timestamps allowed)
     * @throws IllegalArgumentException if the events are out of order or one event alone exceeds the byte budget
     */
    public List<List<LogEvent>> pack(List<LogEvent> events) {
        if (events instanceof EncodedEvents encoded) {
            return pack(encoded);
        }
        List<List<LogEvent>> batches = new ArrayList<>();
        List<LogEvent> current = new ArrayList<>();
        long currentBytes = 0;
        long maxSpanMillis = limits.maxSpan().toMillis();
        LogEvent previous = null;
        for (LogEvent event : events) {
            if (previous != null && event.timestamp() < previous.timestamp()) {
                throw new IllegalArgumentException("events must be in chronological order; " + event.timestamp()
                        + " follows " + previous.timestamp());
            }
            long size = limits.sizeOf(event);
            if (size > limits.maxBatchBytes()) {
                throw new IllegalArgumentException("one event of " + size + " bytes exceeds the batch limit of "
                        + limits.maxBatchBytes() + " bytes");
            }
            boolean full = current.size() == limits.maxEvents()
                    || currentBytes + size > limits.maxBatchBytes()
                    || (!current.isEmpty() && event.timestamp() - current.get(0).timestamp() > maxSpanMillis);
            if (full) {
                batches.add(List.copyOf(current));
                current.clear();
                currentBytes = 0;
            }
            current.add(event);
            currentBytes += size;
            previous = event;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    /** The same batches for stored events, as slices of the store: sized from byte lengths, no event made. */
    private List<List<LogEvent>> pack(EncodedEvents events) {
        List<List<LogEvent>> batches = new ArrayList<>();
        long maxSpanMillis = limits.maxSpan().toMillis();
        int batchStart = 0;
        long currentBytes = 0;
        for (int i = 0; i < events.size(); i++) {
            long timestamp = events.timestamp(i);
            if (i > 0 && timestamp < events.timestamp(i - 1)) {
                throw new IllegalArgumentException("events must be in chronological order; " + timestamp
                        + " follows " + events.timestamp(i - 1));
            }
            long size = (long) events.byteLength(i) + limits.perEventOverhead();
            if (size > limits.maxBatchBytes()) {
                throw new IllegalArgumentException("one event of " + size + " bytes exceeds the batch limit of "
                        + limits.maxBatchBytes() + " bytes");
            }
            int inBatch = i - batchStart;
            boolean full = inBatch == limits.maxEvents()
                    || currentBytes + size > limits.maxBatchBytes()
                    || (inBatch > 0 && timestamp - events.timestamp(batchStart) > maxSpanMillis);
            if (full) {
                batches.add(events.subList(batchStart, i));
                batchStart = i;
                currentBytes = 0;
            }
            currentBytes += size;
        }
        if (batchStart < events.size()) {
            batches.add(events.subList(batchStart, events.size()));
        }
        return batches;
    }
}
