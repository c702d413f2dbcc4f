package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.EventVisitor;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One FilterLogEvents page: the first events of the range across several streams in event-id order, at most
 * {@code limit} events and about 1 MB of messages, and whether any stream holds more of the range after it.
 */
record FilterPage(List<Hit> hits, boolean more) {

    /** A page holds at most 1 MB of messages besides the event limit. */
    static final long MAX_PAGE_MESSAGE_BYTES = 1_048_576;

    /** @param messageBytes the message's length in UTF-8 bytes */
    record Hit(String stream, StoredEvent event, int messageBytes) {
    }

    /** Decides on a message given as its stored UTF-8 bytes (a compiled filter pattern). */
    @FunctionalInterface
    interface MessageTest {
        boolean test(byte[] utf8, int offset, int length);
    }

    /** Events are read from a stream this many at a time (each chunk under the stream's read lock). */
    private static final int SCAN_CHUNK = 4_096;

    static FilterPage read(List<LogStream> streams, EventRange range, int limit) {
        return read(streams, range, limit, (bytes, offset, length) -> true);
    }

    /** The page of events whose message passes {@code matches}. */
    static FilterPage read(List<LogStream> streams, EventRange range, int limit, MessageTest matches) {
        List<Hit> candidates = new ArrayList<>();
        for (LogStream stream : streams) {
            candidates.addAll(firstMatches(stream, range, limit, matches));
        }
        candidates.sort(Comparator.comparing(h -> h.event().id()));
        List<Hit> page = new ArrayList<>(Math.min(limit, candidates.size()));
        long bytes = 0;
        for (Hit hit : candidates) {
            long size = hit.messageBytes();
            if (page.size() == limit || !page.isEmpty() && bytes + size > MAX_PAGE_MESSAGE_BYTES) {
                break;
            }
            page.add(hit);
            bytes += size;
        }
        if (page.isEmpty()) {
            return new FilterPage(page, false);
        }
        EventRange rest = range.from(page.get(page.size() - 1).event().id().next());
        boolean more = streams.stream().anyMatch(s -> !firstMatches(s, rest, 1, matches).isEmpty());
        return new FilterPage(page, more);
    }

    /** The first {@code limit} matching events of one stream in the range, scanning it in chunks. */
    private static List<Hit> firstMatches(LogStream stream, EventRange range, int limit, MessageTest matches) {
        Matches found = new Matches(stream.name(), limit, matches);
        if (limit <= 0) {
            return found.hits;
        }
        EventRange remaining = range;
        while (true) {
            int visited = stream.scan(remaining, false, SCAN_CHUNK, found);
            if (found.full() || visited < SCAN_CHUNK) {
                return found.hits;
            }
            remaining = remaining.from(found.lastId().next());
        }
    }

    /** Tests each visited event's bytes; makes an event (id and message) only for a match. */
    private static final class Matches implements EventVisitor {
        private final String stream;
        private final int limit;
        private final MessageTest test;
        final List<Hit> hits = new ArrayList<>();
        private long lastTs;
        private long lastIngestion;
        private long lastSerial;
        private int lastIndex;

        Matches(String stream, int limit, MessageTest test) {
            this.stream = stream;
            this.limit = limit;
            this.test = test;
        }

        boolean full() {
            return hits.size() >= limit;
        }

        EventId lastId() {
            return new EventId(lastTs, lastIngestion, lastSerial, lastIndex);
        }

        @Override
        public boolean visit(long timestamp, long ingestionTime, long serial, int index, byte[] message, int offset,
                             int length) {
            lastTs = timestamp;
            lastIngestion = ingestionTime;
            lastSerial = serial;
            lastIndex = index;
            if (test.test(message, offset, length)) {
                EventId id = new EventId(timestamp, ingestionTime, serial, index);
                hits.add(new Hit(stream, new StoredEvent(id, new String(message, offset, length,
                        StandardCharsets.UTF_8)), length));
            }
            return !full();
        }
    }
}
