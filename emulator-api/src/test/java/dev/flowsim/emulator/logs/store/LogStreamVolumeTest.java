package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks, expiry and the stored-bytes cap: what lets a stream hold millions of events. */
class LogStreamVolumeTest {

    private final LogStore store = new LogStore();
    private final LogGroup group = store.createGroup("1", "r", "g", LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private final LogStream stream = group.createStream("s", 0).orElseThrow();

    private static EventBatch batch(long firstTime, int count) {
        EventBatch.Builder b = new EventBatch.Builder(count, 16);
        for (int i = 0; i < count; i++) {
            b.add(firstTime + i, ("event-" + (firstTime + i)).getBytes());
        }
        return b.build();
    }

    private void append(long firstTime, int count) {
        EventBatch b = batch(firstTime, count);
        assertTrue(stream.append(1000, store.nextBatchSerial(), b, 0, b.size()));
    }

    private List<Long> times() {
        return stream.events().stream().map(StoredEvent::timestamp).toList();
    }

    @Test
    void eventsSpanningManyBlocksReadBackInOrderAndByTimeRange() {
        int total = 3 * EventColumns.BLOCK_SIZE + 123;
        for (long t = 0; t < total; t += 1000) {
            append(t, (int) Math.min(1000, total - t));
        }
        assertEquals(total, stream.stats().eventCount());
        List<StoredEvent> page = stream.readFirst(EventRange.ofTimes(5000L, 5003L), 100, Long.MAX_VALUE);
        assertEquals(List.of("event-5000", "event-5001", "event-5002"), page.stream().map(StoredEvent::message).toList());
        List<StoredEvent> last = stream.readLast(EventRange.ALL, 2, Long.MAX_VALUE);
        assertEquals(List.of((long) total - 2, (long) total - 1), last.stream().map(StoredEvent::timestamp).toList());
    }

    @Test
    void aBatchOfSlicesOfARequestBodyIsStoredAsItsMessages() {
        byte[] body = "xx[first]yy[second message]zz[]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EventBatch slices = new EventBatch.SliceBuilder(body, 1)
                .add(1, 3, 5).add(2, 12, 14).add(3, 3, 0).build();
        assertEquals(3, slices.size());
        assertEquals("second message", slices.message(1));
        assertEquals(19, slices.messageBytes(0, 3));
        assertEquals(14, slices.messageBytes(1, 2));
        assertTrue(stream.append(1000, store.nextBatchSerial(), slices, 0, 2));
        assertEquals(List.of("first", "second message"), stream.events().stream().map(StoredEvent::message).toList());
        assertEquals(19, stream.stats().messageBytes());
    }

    @Test
    void aLateBatchIsMergedAcrossABlockBoundary() {
        append(0, EventColumns.BLOCK_SIZE - 2);
        append(EventColumns.BLOCK_SIZE * 2L, 10);
        append(EventColumns.BLOCK_SIZE - 2, 10);
        List<Long> times = times();
        assertEquals(EventColumns.BLOCK_SIZE + 18, times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1) <= times.get(i), "out of order at " + i);
        }
    }

    @Test
    void expiryDropsThePrefixFreesMemoryAndUpdatesTheTotals() {
        for (int i = 0; i < 10; i++) {
            append(i * 1000L, 1000);
        }
        long bytesBefore = group.storedBytes();
        long allocatedBefore = allocatedMessageBytes();
        assertEquals(4500, group.expireBefore(4500));
        assertEquals(5500, stream.stats().eventCount());
        assertEquals(5500, group.eventCount());
        assertEquals(4500L, times().get(0));
        assertTrue(group.storedBytes() < bytesBefore);
        assertEquals(group.storedBytes(), store.storedBytes());
        assertTrue(allocatedMessageBytes() < allocatedBefore, "chunks of expired messages are freed");
        assertEquals(0, group.expireBefore(4500), "expiring twice drops nothing more");
        append(10_000, 5);
        assertEquals(5505, stream.stats().eventCount());
        assertEquals(5505, group.expireBefore(Long.MAX_VALUE));
        assertEquals(List.of(), times());
        assertEquals(0, store.storedBytes());
        append(20_000, 3);
        assertEquals(List.of(20_000L, 20_001L, 20_002L), times());
    }

    private long allocatedMessageBytes() {
        try {
            var field = LogStream.class.getDeclaredField("events");
            field.setAccessible(true);
            var columns = field.get(stream);
            var messages = EventColumns.class.getDeclaredField("messages");
            messages.setAccessible(true);
            return ((MessageChunks) messages.get(columns)).allocatedBytes();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void retentionExpiresByTheGroupsPeriod() {
        long day = 86_400_000L;
        append(0, 3);
        append(3 * day, 2);
        assertEquals(0, group.applyRetention(5 * day), "no retention set: nothing expires");
        group.setRetentionInDays(3);
        assertEquals(3, group.applyRetention(5 * day));
        assertEquals(List.of(3 * day, 3 * day + 1), times());
    }

    @Test
    void theStoredBytesCapRefusesWholeBatchesAndDeletionGivesBytesBack() {
        LogStore capped = new LogStore(100);
        LogGroup g = capped.createGroup("1", "r", "g", LogGroupSettings.DEFAULTS, 0).orElseThrow();
        LogStream s = g.createStream("s", 0).orElseThrow();
        EventBatch sixty = EventBatch.of(List.of(NewLogEvent.of(1, "x".repeat(30)), NewLogEvent.of(2, "y".repeat(30))));
        assertTrue(s.append(1, capped.nextBatchSerial(), sixty, 0, 2));
        StorageFullException full = assertThrows(StorageFullException.class,
                () -> s.append(1, capped.nextBatchSerial(), sixty, 0, 2));
        assertTrue(full.getMessage().contains("at most 100 bytes"), full.getMessage());
        assertEquals(2, s.stats().eventCount(), "nothing of the refused batch is stored");
        assertEquals(60, capped.storedBytes());
        assertTrue(s.append(1, capped.nextBatchSerial(), sixty, 0, 1), "a batch that fits is still taken");
        assertEquals(90, capped.storedBytes());
        g.deleteStream("s");
        assertEquals(0, capped.storedBytes());
        LogStream again = g.createStream("s2", 0).orElseThrow();
        assertTrue(again.append(1, capped.nextBatchSerial(), sixty, 0, 2));
    }

    @Test
    void readersSeeConsistentPagesWhileAppendsAndExpiryRun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean done = new AtomicBoolean();
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    append(i * 100L, 100);
                    if (i % 10 == 9) {
                        group.expireBefore(i * 100L - 500);
                    }
                }
                done.set(true);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int pages = 0;
                    while (!done.get() || pages == 0) {
                        List<StoredEvent> page = stream.readFirst(EventRange.ALL, 500, Long.MAX_VALUE);
                        for (int i = 1; i < page.size(); i++) {
                            if (page.get(i).timestamp() != page.get(i - 1).timestamp() + 1) {
                                throw new AssertionError("gap or disorder in a page at " + page.get(i).timestamp());
                            }
                            if (!page.get(i).message().equals("event-" + page.get(i).timestamp())) {
                                throw new AssertionError("message does not belong to its event");
                            }
                        }
                        pages++;
                    }
                    return pages;
                }));
            }
            writer.get(30, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(30, TimeUnit.SECONDS) > 0);
            }
            assertEquals(times().size(), stream.stats().eventCount());
            assertEquals(19_400L, (long) times().get(0));
        } finally {
            pool.shutdownNow();
        }
    }
}
