package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogStreamTest {

    private final LogStore store = new LogStore();
    private final LogGroup group = store.createGroup("1", "r", "g", LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private final LogStream stream = group.createStream("s", 0).orElseThrow();

    private void append(long ingestion, long... times) {
        List<NewLogEvent> batch = new ArrayList<>();
        for (long t : times) {
            batch.add(NewLogEvent.of(t, "t" + t + "@" + ingestion));
        }
        assertTrue(stream.append(ingestion, store.nextBatchSerial(), batch));
    }

    private List<String> messages(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::message).toList();
    }

    @Test
    void lateBatchesAreMergedIntoTimeOrder() {
        append(100, 10, 20, 30);
        append(101, 15, 25, 40);
        append(102, 5);
        append(103, 20);
        assertEquals(List.of("t5@102", "t10@100", "t15@101", "t20@100", "t20@103", "t25@101", "t30@100", "t40@101"),
                messages(stream.events()));
        StreamStats stats = stream.stats();
        assertEquals(8, stats.eventCount());
        assertEquals(5, stats.firstEventTimestamp());
        assertEquals(40, stats.lastEventTimestamp());
        assertEquals(103, stats.lastIngestionTime());
    }

    @Test
    void readsTheFirstOrLastEventsOfARange() {
        append(100, 1, 2, 3, 4, 5, 6);
        EventRange twoToFive = EventRange.ofTimes(2L, 6L);
        assertEquals(List.of("t2@100", "t3@100"), messages(stream.readFirst(twoToFive, 2, Long.MAX_VALUE)));
        assertEquals(List.of("t4@100", "t5@100"), messages(stream.readLast(twoToFive, 2, Long.MAX_VALUE)));
        EventId third = stream.events().get(2).id();
        assertEquals(List.of("t4@100"), messages(stream.readFirst(twoToFive.from(third.next()), 1, Long.MAX_VALUE)));
        assertEquals(List.of("t2@100"), messages(stream.readLast(twoToFive.until(third), 5, Long.MAX_VALUE)));
    }

    @Test
    void pagesStopAtTheByteCapButNeverComeBackEmpty() {
        append(100, 1, 2, 3);
        int each = "t1@100".length();
        assertEquals(2, stream.readFirst(EventRange.ALL, 10, 2L * each).size());
        assertEquals(1, stream.readLast(EventRange.ALL, 10, 1).size());
    }

    @Test
    void largeAndManyMessagesSurviveTheChunking() {
        String big = "x".repeat(MessageChunks.MAX_CHUNK_BYTES + 10);
        List<NewLogEvent> batch = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            batch.add(NewLogEvent.of(i, "event-" + i));
        }
        batch.add(NewLogEvent.of(5000, big));
        stream.append(1, store.nextBatchSerial(), batch);
        List<StoredEvent> events = stream.events();
        assertEquals("event-2999", events.get(2999).message());
        assertEquals(big, events.get(3000).message());
        assertEquals(group.storedBytes(), stream.stats().messageBytes());
    }

    @Test
    void refusesBatchesOutOfOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> stream.append(1, 1, List.of(NewLogEvent.of(2, "a"), NewLogEvent.of(1, "b"))));
    }

    @Test
    void aDeletedStreamStoresNothingAndLeavesTheGroupTotals() {
        append(100, 1, 2);
        assertEquals(2, group.eventCount());
        assertTrue(group.deleteStream("s"));
        assertFalse(stream.append(101, store.nextBatchSerial(), List.of(NewLogEvent.of(3, "late"))));
        assertEquals(0, group.eventCount());
        assertEquals(0, group.storedBytes());
        assertFalse(group.deleteStream("s"));
    }
}
