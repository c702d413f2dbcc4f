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
        PriorityQueue<Cursor> cursors = new PriorityQueue<>((a, b) -> b.current().id().compareTo(a.current().id()));
        for (LogGroup group : groups) {
            String log = group.account() + ":" + group.name();
            for (LogStream stream : group.streams()) {
                List<StoredEvent> events = ingestedBy(stream.readFirst(range, Integer.MAX_VALUE, Long.MAX_VALUE),
                        ingestedBy);
                if (!events.isEmpty()) {
                    cursors.add(new Cursor(group, log, stream.name(), events, events.size() - 1));
                }
            }
        }
        return new Iterator<>() {
            public boolean hasNext() {
                return !cursors.isEmpty();
            }

            public InsightsEvent next() {
                Cursor c = cursors.poll();
                if (c == null) {
                    throw new NoSuchElementException();
                }
                InsightsEvent event = new StoreEvent(c.group, c.log, c.stream, c.current());
                if (c.index > 0) {
                    cursors.add(new Cursor(c.group, c.log, c.stream, c.events, c.index - 1));
                }
                return event;
            }
        };
    }

    private static List<StoredEvent> ingestedBy(List<StoredEvent> events, long ingestedBy) {
        for (StoredEvent e : events) {
            if (e.ingestionTime() > ingestedBy) {
                return events.stream().filter(x -> x.ingestionTime() <= ingestedBy).toList();
            }
        }
        return events;
    }

    private record Cursor(LogGroup group, String log, String stream, List<StoredEvent> events, int index) {
        StoredEvent current() {
            return events.get(index);
        }
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
