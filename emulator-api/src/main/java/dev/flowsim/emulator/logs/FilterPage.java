package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.EventVisitor;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StoredEvent;

import java.nio.charset.StandardCharsets;
import dev.flowsim.emulator.logs.insights.ParallelScan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

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

    /** The page of events whose message passes {@code matches}, scanning on the calling thread only. */
    static FilterPage read(List<LogStream> streams, EventRange range, int limit, MessageTest matches) {
        return read(streams, range, limit, matches, Runnable::run, 0);
    }

    /**
     * The page of events whose message passes {@code matches}; the streams are scanned on the calling thread and up
     * to {@code helperCount} helpers at once (each stream's scan is independent, so the page is the same).
     *
     * @param helpers never an I/O event loop; a helper that has not started when the streams run out never runs
     */
    static FilterPage read(List<LogStream> streams, EventRange range, int limit, MessageTest matches,
                           Executor helpers, int helperCount) {
        Matches[] found = new Matches[streams.size()];
        ParallelScan.run(streams.size(), Collections.nCopies(1 + Math.max(0, helperCount),
                (s, abandoned) -> found[s] = firstMatches(streams.get(s), range, limit, matches)), helpers);
        List<Hit> candidates = new ArrayList<>();
        for (Matches m : found) {
            candidates.addAll(m.hits);
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
        EventId last = page.get(page.size() - 1).event().id();
        boolean more = false;
        for (int s = 0; s < found.length && !more; s++) {
            more = found[s].matchAfter(last, streams.get(s), range, matches);
        }
        return new FilterPage(page, more);
    }

    /** The first {@code limit} matching events of one stream in the range, scanning it in chunks. */
    private static Matches firstMatches(LogStream stream, EventRange range, int limit, MessageTest matches) {
        Matches found = new Matches(stream.name(), limit, matches);
        if (limit <= 0) {
            return found;
        }
        EventRange remaining = range;
        while (true) {
            int visited = stream.scan(remaining, false, SCAN_CHUNK, found);
            if (found.full()) {
                return found;
            }
            if (visited < SCAN_CHUNK) {
                found.exhausted = true;
                return found;
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
        /** True when the scan reached the range's end: {@link #hits} are all of the stream's matches in it. */
        boolean exhausted;
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

        /**
         * Whether the stream holds a match in the range after {@code pageEnd}: known from the hits when one of them
         * is after it or the scan reached the range's end; otherwise the stream is read on from there.
         */
        boolean matchAfter(EventId pageEnd, LogStream stream, EventRange range, MessageTest matches) {
            if (!hits.isEmpty() && hits.get(hits.size() - 1).event().id().compareTo(pageEnd) > 0) {
                return true;
            }
            return !exhausted && !firstMatches(stream, range.from(pageEnd.next()), 1, matches).hits.isEmpty();
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
