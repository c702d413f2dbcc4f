package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventIdTest {

    @Test
    void decodesARealAwsEventId() {
        EventId id = EventId.parseDecimal("31953106606966983378809025079804211143289615424298221568").orElseThrow();
        assertEquals(1432826855000L, id.timestamp());
        assertEquals(1432827365364L, id.ingestionTime());
        assertEquals(0, id.index());
        assertEquals("31953106606966983378809025079804211143289615424298221568", id.toDecimal());
    }

    @Test
    void encodesWithTheSameLayout() {
        EventId id = new EventId(1432917027000L, 1432917240123L, 6665434065506703330L, 0);
        assertEquals("31955117509763025282159052290508932587913668375615766528", id.toDecimal());
        assertEquals("31955117509763025282159052290508932587913668375615766529",
                new EventId(1432917027000L, 1432917240123L, 6665434065506703330L, 1).toDecimal());
    }

    @Test
    void smallIdsArePaddedTo56Digits() {
        assertEquals("0".repeat(56), EventId.ZERO.toDecimal());
        assertEquals(56, new EventId(5, 6, 7, 8).toDecimal().length());
        assertEquals(new EventId(5, 6, 7, 8), EventId.parseDecimal(new EventId(5, 6, 7, 8).toDecimal()).orElseThrow());
    }

    @Test
    void nextAndPreviousCarryAcrossFields() {
        EventId lastOfSerial = new EventId(10, 20, 30, 0xFFFF);
        assertEquals(new EventId(10, 20, 31, 0), lastOfSerial.next());
        assertEquals(lastOfSerial, lastOfSerial.next().previous());
        assertEquals(new EventId(10, 20, -1L, 0xFFFF), new EventId(10, 21, 0, 0).previous());
        assertEquals(EventId.ZERO, EventId.ZERO.previous());
    }

    @Test
    void ordersByTimeThenIngestionThenSerialThenIndexUnsigned() {
        List<EventId> sorted = List.of(
                new EventId(1, 0, 0, 0),
                new EventId(1, 0, 0, 1),
                new EventId(1, 0, 1, 0),
                new EventId(1, 0, -1L, 0),
                new EventId(1, 1, 0, 0),
                new EventId(1, -1L, 0, 0),
                new EventId(2, 0, 0, 0));
        List<EventId> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(sorted, shuffled);
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).toBigInteger().compareTo(sorted.get(i).toBigInteger()) < 0);
        }
    }

    @Test
    void rejectsWhatIsNotAnId() {
        assertTrue(EventId.parseDecimal("").isEmpty());
        assertTrue(EventId.parseDecimal("12a").isEmpty());
        assertTrue(EventId.parseDecimal("-1").isEmpty());
        assertTrue(EventId.parseDecimal("9".repeat(64)).isEmpty());
    }

    @Test
    void decimalRenderingMatchesTheBigIntegerValueAcrossTheRange() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        long[] edges = {0, 1, 0xFFFF, 0xFFFF_FFFFL, Long.MAX_VALUE, -1L, Long.MIN_VALUE};
        List<EventId> ids = new ArrayList<>(List.of(EventId.ZERO, new EventId(0, 0, 0, 1),
                new EventId(Long.MAX_VALUE, -1L, -1L, 0xFFFF), new EventId(Long.MAX_VALUE, 0, 0, 0)));
        for (int i = 0; i < 2_000; i++) {
            ids.add(new EventId(i % 3 == 0 ? random.nextLong(2_000_000_000_000L) : random.nextLong() >>> 1,
                    i % 5 == 0 ? edges[i % edges.length] : random.nextLong(),
                    i % 7 == 0 ? edges[i % edges.length] : random.nextLong(), random.nextInt(0x10000)));
        }
        for (EventId id : ids) {
            String digits = id.toBigInteger().toString();
            String expected = digits.length() >= EventId.DIGITS ? digits
                    : "0".repeat(EventId.DIGITS - digits.length()) + digits;
            assertEquals(expected, id.toDecimal(), id::toString);
            assertEquals(id, EventId.parseDecimal(id.toDecimal()).orElseThrow());
        }
    }
}
