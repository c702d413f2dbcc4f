package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan hands out exactly the events (ids and message bytes) that readFirst/readLast return, in either order. */
class LogStreamScanTest {

    private final LogStore store = new LogStore();
    private final LogGroup group = store.createGroup("1", "r", "g", LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private final LogStream stream = group.createStream("s", 0).orElseThrow();

    /** Several blocks of events, late batches merged in, and a non-ASCII message. */
    private void fill() {
        for (int b = 0; b < 12; b++) {
            List<NewLogEvent> batch = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                long t = (b % 2 == 0 ? b : b - 1) * 1_000L + i;
                batch.add(NewLogEvent.of(t, "é" + b + "-" + i));
            }
            assertTrue(stream.append(100 + b, store.nextBatchSerial(), batch));
        }
    }

    private record Seen(EventId id, String message) {
    }

    private List<Seen> scan(EventRange range, boolean newestFirst, int limit, int stopAfter) {
        List<Seen> seen = new ArrayList<>();
        int visited = stream.scan(range, newestFirst, limit, (ts, ingestion, serial, index, bytes, offset, length) -> {
            seen.add(new Seen(new EventId(ts, ingestion, serial, index),
                    new String(bytes, offset, length, StandardCharsets.UTF_8)));
            return seen.size() < stopAfter;
        });
        assertEquals(seen.size(), visited, "the count returned is the number of events visited");
        return seen;
    }

    private static List<Seen> seen(List<StoredEvent> events) {
        return events.stream().map(e -> new Seen(e.id(), e.message())).toList();
    }

    @Test
    void oldestFirstIsReadFirstAndNewestFirstIsReadLastReversed() {
        fill();
        EventRange range = EventRange.ofTimes(1_500L, 9_250L);
        assertEquals(seen(stream.readFirst(range, 5_000, Long.MAX_VALUE)),
                scan(range, false, 5_000, Integer.MAX_VALUE));
        List<Seen> last = new ArrayList<>(seen(stream.readLast(range, 5_000, Long.MAX_VALUE)));
        Collections.reverse(last);
        assertEquals(last, scan(range, true, 5_000, Integer.MAX_VALUE));
        assertEquals(seen(stream.events()), scan(EventRange.ALL, false, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void theVisitorStopsTheScanAfterTheEventItRefuses() {
        fill();
        List<Seen> three = scan(EventRange.ALL, false, 100, 3);
        assertEquals(seen(stream.readFirst(EventRange.ALL, 3, Long.MAX_VALUE)), three);
        assertEquals(0, scan(EventRange.ofTimes(50_000L, null), true, 100, 3).size());
    }
}
