package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.InsightsEvent;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The events a query reads: every stream of the given groups in {@code [start, end]} (epoch milliseconds, both
 * inclusive as StartQuery's seconds are), merged newest first through the store's public read methods. Only events
 * ingested by the query's start (simulated time) count, so the answer does not depend on when the worker ran [U:
 * AWS reads what it has indexed when the scan reaches it].
 */
final class QueryEventSource {

    private QueryEventSource() {
    }

    static Iterator<InsightsEvent> newestFirst(List<LogGroup> groups, long startMillis, long endMillisInclusive,
                                               long ingestedBy) {
        EventRange range = EventRange.ofTimes(startMillis, endMillisInclusive + 1);
        PriorityQueue<StreamCursor> cursors = new PriorityQueue<>(StreamCursor::newerFirst);
        for (LogGroup group : groups) {
            String log = group.account() + ":" + group.name();
            for (LogStream stream : group.streams()) {
                StreamCursor cursor = new StreamCursor(group, log, stream, range, ingestedBy);
                if (cursor.advance()) {
                    cursors.add(cursor);
                }
            }
        }
        return new Iterator<>() {
            public boolean hasNext() {
                return !cursors.isEmpty();
            }

            public InsightsEvent next() {
                StreamCursor c = cursors.poll();
                if (c == null) {
                    throw new NoSuchElementException();
                }
                InsightsEvent event = new StoreEvent(c.group, c.log, c.stream.name(), c.current());
                if (c.advance()) {
                    cursors.add(c);
                }
                return event;
            }
        };
    }

    /**
     * One stream read backwards a chunk at a time, so a query over millions of events holds a few thousand per
     * stream at once, not all of them.
     */
    private static final class StreamCursor {
        private static final int CHUNK = 4_096;

        final LogGroup group;
        final String log;
        final LogStream stream;
        private final long ingestedBy;
        private EventRange remaining;
        private List<StoredEvent> chunk = List.of();
        private int index;

        StreamCursor(LogGroup group, String log, LogStream stream, EventRange range, long ingestedBy) {
            this.group = group;
            this.log = log;
            this.stream = stream;
            this.remaining = range;
            this.ingestedBy = ingestedBy;
        }

        private StoredEvent current;

        StoredEvent current() {
            return current;
        }

        /** Newest first: event time decides, the full id only breaks ties. */
        static int newerFirst(StreamCursor a, StreamCursor b) {
            int c = Long.compare(b.current.timestamp(), a.current.timestamp());
            return c != 0 ? c : b.current.id().compareTo(a.current.id());
        }

        /** Moves to the next older event ingested by the query's start; false when there is none. */
        boolean advance() {
            while (--index < 0) {
                if (remaining == null) {
                    return false;
                }
                List<StoredEvent> raw = stream.readLast(remaining, CHUNK, Long.MAX_VALUE);
                if (raw.isEmpty()) {
                    remaining = null;
                    return false;
                }
                remaining = raw.size() < CHUNK ? null : remaining.until(raw.get(0).id());
                chunk = ingestedBy(raw, ingestedBy);
                index = chunk.size();
            }
            current = chunk.get(index);
            return true;
        }
    }

    private static List<StoredEvent> ingestedBy(List<StoredEvent> events, long ingestedBy) {
        for (StoredEvent e : events) {
            if (e.ingestionTime() > ingestedBy) {
                return events.stream().filter(x -> x.ingestionTime() <= ingestedBy).toList();
            }
        }
        return events;
    }

    /** A stored event seen by a query; its {@code @ptr} is built only when a result row shows it. */
    private record StoreEvent(LogGroup group, String log, String logStream, StoredEvent event)
            implements InsightsEvent {
        public long timestamp() {
            return event.timestamp();
        }

        public long ingestionTime() {
            return event.ingestionTime();
        }

        public String message() {
            return event.message();
        }

        /** Opaque to clients: base64url of region, account, group, stream and event id. */
        public String ptr() {
            String raw = group.region() + "\n" + group.account() + "\n" + group.name() + "\n" + logStream + "\n"
                    + event.id().toDecimal();
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
