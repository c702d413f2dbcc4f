package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One FilterLogEvents page: the first events of the range across several streams in event-id order, at most
 * {@code limit} events and about 1 MB of messages, and whether any stream holds more of the range after it.
 */
record FilterPage(List<Hit> hits, boolean more) {

    /** A page holds at most 1 MB of messages besides the event limit. */
    static final long MAX_PAGE_MESSAGE_BYTES = 1_048_576;

    record Hit(String stream, StoredEvent event) {
    }

    /** Events are read from a stream this many at a time while looking for matches. */
    private static final int SCAN_CHUNK = 1_000;

    static FilterPage read(List<LogStream> streams, EventRange range, int limit) {
        return read(streams, range, limit, message -> true);
    }

    /** The page of events whose message satisfies {@code matches} (a compiled filter pattern). */
    static FilterPage read(List<LogStream> streams, EventRange range, int limit, Predicate<String> matches) {
        List<Hit> candidates = new ArrayList<>();
        for (LogStream stream : streams) {
            for (StoredEvent e : firstMatches(stream, range, limit, matches)) {
                candidates.add(new Hit(stream.name(), e));
            }
        }
        candidates.sort(Comparator.comparing(h -> h.event().id()));
        List<Hit> page = new ArrayList<>(Math.min(limit, candidates.size()));
        long bytes = 0;
        for (Hit hit : candidates) {
            long size = hit.event().message().getBytes(StandardCharsets.UTF_8).length;
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
    private static List<StoredEvent> firstMatches(LogStream stream, EventRange range, int limit,
                                                  Predicate<String> matches) {
        List<StoredEvent> found = new ArrayList<>();
        EventRange remaining = range;
        while (found.size() < limit) {
            List<StoredEvent> chunk = stream.readFirst(remaining, SCAN_CHUNK, Long.MAX_VALUE);
            for (StoredEvent e : chunk) {
                if (matches.test(e.message())) {
                    found.add(e);
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
            if (chunk.size() < SCAN_CHUNK) {
                return found;
            }
            remaining = remaining.from(chunk.get(chunk.size() - 1).id().next());
        }
        return found;
    }
}
