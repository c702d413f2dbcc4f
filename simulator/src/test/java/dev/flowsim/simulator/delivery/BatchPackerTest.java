package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchPackerTest {

    private static final long T0 = 1_767_225_600_000L;
    private static final BatchPacker PACKER = new BatchPacker(BatchLimits.CLOUDWATCH_LOGS);
    /** Four of these plus their 26-byte overheads are exactly 1,048,576 bytes. */
    private static final int QUARTER_MESSAGE = 262_144 - 26;

    @Test
    void exactlyTheByteLimitFitsInOneBatch() {
        List<LogEvent> events = List.of(event(T0, QUARTER_MESSAGE), event(T0, QUARTER_MESSAGE),
                event(T0, QUARTER_MESSAGE), event(T0, QUARTER_MESSAGE));
        assertEquals(1_048_576, events.stream().mapToLong(BatchLimits.CLOUDWATCH_LOGS::sizeOf).sum());
        assertEquals(List.of(4), sizes(PACKER.pack(events)));
    }

    @Test
    void oneByteOverTheLimitSplits() {
        List<LogEvent> events = List.of(event(T0, QUARTER_MESSAGE), event(T0, QUARTER_MESSAGE),
                event(T0, QUARTER_MESSAGE), event(T0, QUARTER_MESSAGE + 1));
        assertEquals(List.of(3, 1), sizes(PACKER.pack(events)));
    }

    @Test
    void multiByteCharactersCountInUtf8() {
        // 'é' is 2 bytes and '😀' is 4 in UTF-8, though 1 and 2 Java chars.
        assertEquals(2, new LogEvent(T0, "é").utf8Bytes());
        assertEquals(4, new LogEvent(T0, "😀").utf8Bytes());
        assertEquals(3, new LogEvent(T0, "\ud800").utf8Bytes(), "a lone surrogate is sent as U+FFFD");
        String twoByteQuarter = "é".repeat(QUARTER_MESSAGE / 2);
        List<LogEvent> events = List.of(new LogEvent(T0, twoByteQuarter), new LogEvent(T0, twoByteQuarter),
                new LogEvent(T0, twoByteQuarter), new LogEvent(T0, twoByteQuarter + "é"));
        assertEquals(List.of(3, 1), sizes(PACKER.pack(events)));
    }

    @Test
    void tenThousandEventsFitAndOneMoreSplits() {
        assertEquals(List.of(10_000), sizes(PACKER.pack(smallEvents(10_000))));
        assertEquals(List.of(10_000, 1), sizes(PACKER.pack(smallEvents(10_001))));
    }

    @Test
    void aSpanOfExactlyTwentyFourHoursFitsAndOneMillisecondMoreSplits() {
        long day = Duration.ofHours(24).toMillis();
        assertEquals(List.of(3), sizes(PACKER.pack(List.of(event(T0, 10), event(T0 + 1000, 10),
                event(T0 + day, 10)))));
        assertEquals(List.of(2, 1), sizes(PACKER.pack(List.of(event(T0, 10), event(T0 + 1000, 10),
                event(T0 + day + 1, 10)))));
    }

    @Test
    void theSpanIsMeasuredFromTheFirstEventOfEachBatch() {
        long day = Duration.ofHours(24).toMillis();
        List<List<LogEvent>> batches = PACKER.pack(List.of(event(T0, 10), event(T0 + day + 1, 10),
                event(T0 + 2 * day + 1, 10), event(T0 + 2 * day + 2, 10)));
        assertEquals(List.of(1, 2, 1), sizes(batches));
    }

    @Test
    void batchesKeepEveryEventInOrder() {
        List<LogEvent> events = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            events.add(new LogEvent(T0 + i, "2 000000000000 eni-1 10.0.1.10 1.1.1.1 40000 53 17 1 70 " + i));
        }
        List<List<LogEvent>> batches = PACKER.pack(events);
        assertEquals(events, batches.stream().flatMap(List::stream).toList());
        batches.forEach(batch -> assertTrue(batch.size() <= 10_000 && batch.stream()
                .mapToLong(BatchLimits.CLOUDWATCH_LOGS::sizeOf).sum() <= 1_048_576));
    }

    @Test
    void equalTimestampsAreChronologicalButDescendingOnesAreRefused() {
        assertEquals(List.of(2), sizes(PACKER.pack(List.of(event(T0, 5), event(T0, 5)))));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PACKER.pack(List.of(event(T0 + 1, 5), event(T0, 5))));
        assertTrue(error.getMessage().contains("chronological"), error.getMessage());
    }

    @Test
    void anEventLargerThanAWholeBatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PACKER.pack(List.of(event(T0, 1_048_576 - 25))));
        assertEquals(List.of(1), sizes(PACKER.pack(List.of(event(T0, 1_048_576 - 26)))));
    }

    @Test
    void noEventsGiveNoBatches() {
        assertEquals(List.of(), PACKER.pack(List.of()));
    }

    private static LogEvent event(long timestamp, int bytes) {
        return new LogEvent(timestamp, "x".repeat(bytes));
    }

    private static List<LogEvent> smallEvents(int count) {
        return Collections.nCopies(count, new LogEvent(T0, "a"));
    }

    private static List<Integer> sizes(List<List<LogEvent>> batches) {
        return batches.stream().map(List::size).toList();
    }
}
