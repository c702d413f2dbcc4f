package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogStoreTest {

    private final LogStore store = new LogStore();

    @Test
    void groupsAreScopedByAccountAndRegion() {
        assertTrue(store.createGroup("1", "eu-west-1", "g", LogGroupSettings.DEFAULTS, 5).isPresent());
        assertFalse(store.createGroup("1", "eu-west-1", "g", LogGroupSettings.DEFAULTS, 6).isPresent());
        assertTrue(store.createGroup("2", "eu-west-1", "g", LogGroupSettings.DEFAULTS, 7).isPresent());
        assertTrue(store.createGroup("1", "us-east-1", "g", LogGroupSettings.DEFAULTS, 8).isPresent());
        assertEquals(5, store.group("1", "eu-west-1", "g").orElseThrow().creationTime());
        assertEquals(List.of("g"), store.groups("2", "eu-west-1").stream().map(LogGroup::name).toList());
    }

    @Test
    void exposesDeliveredEventsAndCountsInProcess() {
        LogGroup group = store.createGroup("1", "r", "/vpc/fl", LogGroupSettings.DEFAULTS, 0).orElseThrow();
        LogStream a = group.createStream("eni-a", 0).orElseThrow();
        LogStream b = group.createStream("eni-b", 0).orElseThrow();
        a.append(10, store.nextBatchSerial(), List.of(NewLogEvent.of(1, "x"), NewLogEvent.of(2, "y")));
        b.append(10, store.nextBatchSerial(), List.of(NewLogEvent.of(1, "z")));
        assertEquals(List.of("x", "y"), store.events("1", "r", "/vpc/fl", "eni-a").stream()
                .map(StoredEvent::message).toList());
        assertEquals(3, store.eventCount("1", "r", "/vpc/fl"));
        assertEquals(Map.of("eni-a", 2L, "eni-b", 1L), store.eventCountsByStream("1", "r", "/vpc/fl"));
        assertEquals(List.of(), store.events("1", "r", "/vpc/fl", "missing"));
        assertEquals(0, store.eventCount("1", "r", "missing"));
    }

    @Test
    void deletingAGroupTakesItsStreamsAlong() {
        LogGroup group = store.createGroup("1", "r", "g", LogGroupSettings.DEFAULTS, 0).orElseThrow();
        LogStream stream = group.createStream("s", 0).orElseThrow();
        assertTrue(store.deleteGroup("1", "r", "g"));
        assertFalse(stream.append(1, store.nextBatchSerial(), List.of(NewLogEvent.of(1, "late"))));
        assertTrue(store.group("1", "r", "g").isEmpty());
        assertFalse(store.deleteGroup("1", "r", "g"));
    }

    @Test
    void batchSerialsCountUpFromOne() {
        assertEquals(1, store.nextBatchSerial());
        assertEquals(2, store.nextBatchSerial());
    }
}
