package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventRange;
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

    record Hit(String stream, StoredEvent event) {
    }

    static FilterPage read(List<LogStream> streams, EventRange range, int limit) {
        List<Hit> candidates = new ArrayList<>();
        for (LogStream stream : streams) {
            for (StoredEvent e : stream.readFirst(range, limit, MAX_PAGE_MESSAGE_BYTES)) {
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
        boolean more = streams.stream().anyMatch(s -> !s.readFirst(rest, 1, Long.MAX_VALUE).isEmpty());
        return new FilterPage(page, more);
    }
}
