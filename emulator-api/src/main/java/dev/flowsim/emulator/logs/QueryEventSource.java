package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.CountedEvents;
import dev.flowsim.emulator.logs.insights.EncodedEvent;
import dev.flowsim.emulator.logs.insights.InsightsEvent;
import dev.flowsim.emulator.logs.insights.RowPrecheck;
import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.EventVisitor;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The events a query reads: every stream of the given groups in {@code [start, end]} (epoch milliseconds, both
 * inclusive as StartQuery's seconds are), merged newest first through the store's scan, which makes no object per
 * scanned event. Only events ingested by the query's start (simulated time) count, so the answer does not depend on
 * when the worker ran [U: AWS reads what it has indexed when the scan reaches it].
 */
final class QueryEventSource {

    private QueryEventSource() {
    }

    static Iterator<InsightsEvent> newestFirst(List<LogGroup> groups, long startMillis, long endMillisInclusive,
                                               long ingestedBy) {
        EventRange range = EventRange.ofTimes(startMillis, endMillisInclusive + 1);
        List<StreamCursor> cursors = new ArrayList<>();
        for (LogGroup group : groups) {
            String log = group.account() + ":" + group.name();
            for (LogStream stream : group.streams()) {
                StreamCursor cursor = new StreamCursor(group, log, stream, range, ingestedBy);
                if (cursor.advance()) {
                    cursors.add(cursor);
                }
            }
        }
        return new NewestFirst(cursors);
    }

    /**
     * The same events as {@link #newestFirst}, one iterator per stream (each newest first), for scanning streams in
     * parallel; {@link #NEWER_FIRST} is the order {@link #newestFirst} merges them in.
     */
    static List<CountedEvents> perStream(List<LogGroup> groups, long startMillis, long endMillisInclusive,
                                         long ingestedBy) {
        return perStream(groups, startMillis, endMillisInclusive, ingestedBy, null);
    }

    /**
     * {@link #perStream(List, long, long, long)} leaving out, without making them, the events {@code precheck} rules
     * out (null: none); they still count as visited.
     */
    static List<CountedEvents> perStream(List<LogGroup> groups, long startMillis, long endMillisInclusive,
                                         long ingestedBy, RowPrecheck precheck) {
        EventRange range = EventRange.ofTimes(startMillis, endMillisInclusive + 1);
        List<CountedEvents> streams = new ArrayList<>();
        for (LogGroup group : groups) {
            String log = group.account() + ":" + group.name();
            for (LogStream stream : group.streams()) {
                StreamCursor cursor = new StreamCursor(group, log, stream, range, ingestedBy);
                cursor.precheck = precheck;
                streams.add(new OneStream(cursor));
            }
        }
        return streams;
    }

    /** The merge order of events from this source: newest first, event time first, the full id breaking ties. */
    static final Comparator<InsightsEvent> NEWER_FIRST = (x, y) -> {
        StoreEvent a = (StoreEvent) x;
        StoreEvent b = (StoreEvent) y;
        int c = Long.compare(b.timestamp, a.timestamp);
        return c != 0 ? c : EventId.compare(b.timestamp, b.ingestionTime, b.serial, b.index,
                a.timestamp, a.ingestionTime, a.serial, a.index);
    };

    /** One stream's events; it reads nothing until first asked, so the scanner that takes it does the work. */
    private static final class OneStream implements CountedEvents {
        private final StreamCursor cursor;
        private Boolean hasCurrent;

        OneStream(StreamCursor cursor) {
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            if (hasCurrent == null) {
                hasCurrent = cursor.advance();
            }
            return hasCurrent;
        }

        @Override
        public InsightsEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InsightsEvent event = cursor.current();
            hasCurrent = null;
            return event;
        }

        @Override
        public long visited() {
            return cursor.visited;
        }

        @Override
        public long visitedBytes() {
            return cursor.visitedBytes;
        }
    }

    /**
     * Merges the streams' cursors with a binary heap whose top holds the newest current event; after an event is
     * taken, its cursor advances and sinks in place (one sift instead of a remove and an insert).
     */
    private static final class NewestFirst implements Iterator<InsightsEvent> {
        private final StreamCursor[] heap;
        private int size;

        NewestFirst(List<StreamCursor> cursors) {
            heap = cursors.toArray(new StreamCursor[0]);
            size = heap.length;
            for (int i = size / 2 - 1; i >= 0; i--) {
                sink(i);
            }
        }

        @Override
        public boolean hasNext() {
            return size > 0;
        }

        @Override
        public InsightsEvent next() {
            if (size == 0) {
                throw new NoSuchElementException();
            }
            StreamCursor top = heap[0];
            InsightsEvent event = top.current();
            if (!top.advance()) {
                heap[0] = heap[--size];
                heap[size] = null;
            }
            if (size > 0) {
                sink(0);
            }
            return event;
        }

        private void sink(int i) {
            StreamCursor moving = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && StreamCursor.newerFirst(heap[child + 1], heap[child]) < 0) {
                    child++;
                }
                if (StreamCursor.newerFirst(heap[child], moving) >= 0) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = moving;
        }
    }

    /**
     * One stream read backwards a chunk at a time through {@link LogStream#scan}, so a query over millions of events
     * holds a few hundred per stream at once, as primitives and references to the stored message bytes.
     */
    private static final class StreamCursor implements EventVisitor {
        // Small enough that every cursor's columns stay in the CPU cache while the merge interleaves many streams.
        private static final int CHUNK = 256;
        private static final int FIRST_CAPACITY = 16;

        final LogGroup group;
        final String log;
        final LogStream stream;
        private final long ingestedBy;
        /** Null, or what an event must pass to be kept; every event ingested in time counts as visited. */
        private RowPrecheck precheck;
        private long visited;
        private long visitedBytes;
        private EventRange remaining;
        // The current chunk, newest first; the events ingested after the query's start are left out.
        // The arrays grow to CHUNK as needed: a group of many small streams stays small.
        private long[] timestamps = new long[FIRST_CAPACITY];
        private long[] ingestionTimes = new long[FIRST_CAPACITY];
        private long[] serials = new long[FIRST_CAPACITY];
        private int[] indexes = new int[FIRST_CAPACITY];
        private byte[][] messages = new byte[FIRST_CAPACITY][];
        private int[] offsets = new int[FIRST_CAPACITY];
        private int[] lengths = new int[FIRST_CAPACITY];
        private int size;
        private int index = -1;
        // The oldest event visited in the chunk (kept or not): the next chunk ends before it.
        private long oldestTs;
        private long oldestIngestion;
        private long oldestSerial;
        private int oldestIndex;

        StreamCursor(LogGroup group, String log, LogStream stream, EventRange range, long ingestedBy) {
            this.group = group;
            this.log = log;
            this.stream = stream;
            this.remaining = range;
            this.ingestedBy = ingestedBy;
        }

        /** Newest first: event time decides, the full id only breaks ties. */
        static int newerFirst(StreamCursor a, StreamCursor b) {
            int i = a.index;
            int j = b.index;
            int c = Long.compare(b.timestamps[j], a.timestamps[i]);
            return c != 0 ? c : EventId.compare(b.timestamps[j], b.ingestionTimes[j], b.serials[j], b.indexes[j],
                    a.timestamps[i], a.ingestionTimes[i], a.serials[i], a.indexes[i]);
        }

        /** The current event as a query sees it. */
        InsightsEvent current() {
            int i = index;
            return new StoreEvent(this, timestamps[i], ingestionTimes[i], serials[i], indexes[i], messages[i],
                    offsets[i], lengths[i]);
        }

        /** Moves to the next older event ingested by the query's start; false when there is none. */
        boolean advance() {
            while (++index >= size) {
                if (remaining == null) {
                    return false;
                }
                size = 0;
                index = -1;
                int visited = stream.scan(remaining, true, CHUNK, this);
                if (visited == 0) {
                    remaining = null;
                    return false;
                }
                remaining = visited < CHUNK ? null
                        : remaining.until(new EventId(oldestTs, oldestIngestion, oldestSerial, oldestIndex));
            }
            return true;
        }

        @Override
        public boolean visit(long timestamp, long ingestionTime, long serial, int idx, byte[] message, int offset,
                             int length) {
            oldestTs = timestamp;
            oldestIngestion = ingestionTime;
            oldestSerial = serial;
            oldestIndex = idx;
            if (ingestionTime <= ingestedBy) {
                visited++;
                visitedBytes += length;
                if (precheck != null && !precheck.mayPass(message, offset, length)) {
                    return true;
                }
                if (size == timestamps.length) {
                    grow();
                }
                timestamps[size] = timestamp;
                ingestionTimes[size] = ingestionTime;
                serials[size] = serial;
                indexes[size] = idx;
                messages[size] = message;
                offsets[size] = offset;
                lengths[size] = length;
                size++;
            }
            return true;
        }

        private void grow() {
            int capacity = Math.min(CHUNK, size * 4);
            timestamps = Arrays.copyOf(timestamps, capacity);
            ingestionTimes = Arrays.copyOf(ingestionTimes, capacity);
            serials = Arrays.copyOf(serials, capacity);
            indexes = Arrays.copyOf(indexes, capacity);
            messages = Arrays.copyOf(messages, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }
    }

    /** A stored event seen by a query; its message and {@code @ptr} are built only when something reads them. */
    private static final class StoreEvent extends EncodedEvent {
        private final StreamCursor source;
        private final long timestamp;
        private final long ingestionTime;
        private final long serial;
        private final int index;

        StoreEvent(StreamCursor source, long timestamp, long ingestionTime, long serial, int index, byte[] message,
                   int offset, int length) {
            super(message, offset, length);
            this.source = source;
            this.timestamp = timestamp;
            this.ingestionTime = ingestionTime;
            this.serial = serial;
            this.index = index;
        }

        public long timestamp() {
            return timestamp;
        }

        public long ingestionTime() {
            return ingestionTime;
        }

        public String logStream() {
            return source.stream.name();
        }

        public String log() {
            return source.log;
        }

        /** Opaque to clients: base64url of region, account, group, stream and event id. */
        public String ptr() {
            LogGroup group = source.group;
            String raw = group.region() + "\n" + group.account() + "\n" + group.name() + "\n" + logStream() + "\n"
                    + new EventId(timestamp, ingestionTime, serial, index).toDecimal();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    static List<LogGroup> distinct(List<LogGroup> groups) {
        List<LogGroup> out = new ArrayList<>();
        for (LogGroup g : groups) {
            if (!out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }
}
