package dev.flowsim.emulator.logs.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A stream's events as parallel primitive columns kept in id order, with message bytes in {@link MessageChunks}:
 * about 38 bytes per event plus its message, and no object per event. Batches usually arrive in time order and
 * are appended; a batch that belongs earlier (parallel writers, late deliveries) is merged into the tail it
 * overlaps. Not thread-safe: the owning stream's lock guards it.
 */
final class EventColumns {

    private static final int INITIAL_CAPACITY = 16;

    private long[] timestamps = new long[INITIAL_CAPACITY];
    private long[] ingestionTimes = new long[INITIAL_CAPACITY];
    private long[] serials = new long[INITIAL_CAPACITY];
    private short[] indexes = new short[INITIAL_CAPACITY];
    private long[] messageRefs = new long[INITIAL_CAPACITY];
    private int[] messageLengths = new int[INITIAL_CAPACITY];
    private int size;
    private final MessageChunks messages = new MessageChunks();

    int size() {
        return size;
    }

    long messageBytes() {
        return messages.totalBytes();
    }

    /** Adds a batch whose timestamps are non-decreasing, all with the same ingestion time and serial. */
    void insert(long ingestionTime, long serial, List<NewLogEvent> batch) {
        int count = batch.size();
        if (count == 0) {
            return;
        }
        long[] refs = new long[count];
        for (int j = 0; j < count; j++) {
            refs[j] = messages.append(batch.get(j).utf8Message());
        }
        ensureCapacity(size + count);
        int start = lowerBound(batch.get(0).timestamp(), ingestionTime, serial, 0);
        if (start == size) {
            for (int j = 0; j < count; j++) {
                NewLogEvent e = batch.get(j);
                write(size + j, e.timestamp(), ingestionTime, serial, j, refs[j], e.utf8Message().length);
            }
        } else {
            mergeIntoTail(start, ingestionTime, serial, batch, refs);
        }
        size += count;
    }

    private void mergeIntoTail(int start, long ingestionTime, long serial, List<NewLogEvent> batch, long[] refs) {
        long[] tailTs = Arrays.copyOfRange(timestamps, start, size);
        long[] tailIng = Arrays.copyOfRange(ingestionTimes, start, size);
        long[] tailSerial = Arrays.copyOfRange(serials, start, size);
        short[] tailIndex = Arrays.copyOfRange(indexes, start, size);
        long[] tailRef = Arrays.copyOfRange(messageRefs, start, size);
        int[] tailLen = Arrays.copyOfRange(messageLengths, start, size);
        int tail = tailTs.length;
        int i = 0;
        int j = 0;
        for (int w = start; i < tail || j < batch.size(); w++) {
            boolean fromBatch = i == tail || (j < batch.size()
                    && EventId.compare(batch.get(j).timestamp(), ingestionTime, serial, j,
                    tailTs[i], tailIng[i], tailSerial[i], Short.toUnsignedInt(tailIndex[i])) < 0);
            if (fromBatch) {
                NewLogEvent e = batch.get(j);
                write(w, e.timestamp(), ingestionTime, serial, j, refs[j], e.utf8Message().length);
                j++;
            } else {
                write(w, tailTs[i], tailIng[i], tailSerial[i], Short.toUnsignedInt(tailIndex[i]), tailRef[i],
                        tailLen[i]);
                i++;
            }
        }
    }

    private void write(int pos, long ts, long ingestion, long serial, int index, long ref, int length) {
        timestamps[pos] = ts;
        ingestionTimes[pos] = ingestion;
        serials[pos] = serial;
        indexes[pos] = (short) index;
        messageRefs[pos] = ref;
        messageLengths[pos] = length;
    }

    private void ensureCapacity(int needed) {
        if (needed <= timestamps.length) {
            return;
        }
        int capacity = Math.max(needed, timestamps.length + (timestamps.length >> 1));
        timestamps = Arrays.copyOf(timestamps, capacity);
        ingestionTimes = Arrays.copyOf(ingestionTimes, capacity);
        serials = Arrays.copyOf(serials, capacity);
        indexes = Arrays.copyOf(indexes, capacity);
        messageRefs = Arrays.copyOf(messageRefs, capacity);
        messageLengths = Arrays.copyOf(messageLengths, capacity);
    }

    /** The first position whose id is {@code >=} the given id parts ({@code size} when none is). */
    private int lowerBound(long ts, long ingestion, long serial, int index) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (EventId.compare(timestamps[mid], ingestionTimes[mid], serials[mid],
                    Short.toUnsignedInt(indexes[mid]), ts, ingestion, serial, index) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lowerBound(EventId id) {
        return lowerBound(id.timestamp(), id.ingestionTime(), id.serial(), id.index());
    }

    EventId idAt(int pos) {
        return new EventId(timestamps[pos], ingestionTimes[pos], serials[pos], Short.toUnsignedInt(indexes[pos]));
    }

    StoredEvent eventAt(int pos) {
        return new StoredEvent(idAt(pos), messages.read(messageRefs[pos], messageLengths[pos]));
    }

    /**
     * The first {@code limit} events of the range, oldest first, stopping before the page would hold more than
     * {@code maxMessageBytes} of messages (a page always holds at least one event when the range has one).
     */
    List<StoredEvent> readFirst(EventRange range, int limit, long maxMessageBytes) {
        int from = range.fromInclusive() == null ? 0 : lowerBound(range.fromInclusive());
        int to = range.toExclusive() == null ? size : lowerBound(range.toExclusive());
        List<StoredEvent> page = new ArrayList<>();
        long bytes = 0;
        for (int pos = from; pos < to && page.size() < limit; pos++) {
            bytes += messageLengths[pos];
            if (!page.isEmpty() && bytes > maxMessageBytes) {
                break;
            }
            page.add(eventAt(pos));
        }
        return page;
    }

    /** Like {@link #readFirst} but the last {@code limit} events of the range, still returned oldest first. */
    List<StoredEvent> readLast(EventRange range, int limit, long maxMessageBytes) {
        int from = range.fromInclusive() == null ? 0 : lowerBound(range.fromInclusive());
        int to = range.toExclusive() == null ? size : lowerBound(range.toExclusive());
        List<StoredEvent> page = new ArrayList<>();
        long bytes = 0;
        for (int pos = to - 1; pos >= from && page.size() < limit; pos--) {
            bytes += messageLengths[pos];
            if (!page.isEmpty() && bytes > maxMessageBytes) {
                break;
            }
            page.add(eventAt(pos));
        }
        Collections.reverse(page);
        return page;
    }
}
