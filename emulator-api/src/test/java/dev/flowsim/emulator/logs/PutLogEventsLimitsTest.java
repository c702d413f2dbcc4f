package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte limits of PutLogEvents, counted in UTF-8 plus 26 bytes per event, and parallel writers. */
class PutLogEventsLimitsTest {

    private static final String G = "g";
    private static final String S = "s";

    private static LogsFixture fixture(LogsLimits limits) {
        LogsFixture logs = new LogsFixture(limits);
        logs.createGroup(G);
        logs.createStream(G, S);
        return logs;
    }

    private static ObjectNode batch(String... messages) {
        ObjectNode body = LogsFixture.putBody(G, S);
        ArrayNode events = (ArrayNode) body.get("logEvents");
        for (String m : messages) {
            events.addObject().put("timestamp", NOW_MS).put("message", m);
        }
        return body;
    }

    @Test
    void aBatchOfExactly1048576BytesIsAcceptedAndOneMoreByteIsNot() {
        LogsFixture logs = fixture(LogsLimits.defaults());
        // Two events: 2 x 26 bytes overhead + 1,048,524 bytes of messages = 1,048,576.
        logs.run("PutLogEvents", batch("a".repeat(524_262), "b".repeat(524_262)));
        assertEquals(2, logs.store.eventCount(ACCOUNT, REGION, G));
        logs.fails("PutLogEvents", batch("a".repeat(524_262), "b".repeat(524_263)), "InvalidParameterException",
                "Upload too large: 1048577 bytes exceeds limit of 1048576");
    }

    @Test
    void aSingleEventMayFillTheWholeBatch() {
        LogsFixture logs = fixture(LogsLimits.defaults());
        logs.run("PutLogEvents", batch("x".repeat(1_048_550)));
        logs.fails("PutLogEvents", batch("x".repeat(1_048_551)), "InvalidParameterException",
                "Upload too large: 1048577 bytes exceeds limit of 1048576");
    }

    @Test
    void sizesCountUtf8BytesNotCharacters() {
        LogsFixture logs = fixture(LogsLimits.defaults());
        // "é" is 2 bytes: 524,275 of them are 1,048,550 bytes, the largest message that fits.
        logs.run("PutLogEvents", batch("é".repeat(524_275)));
        logs.fails("PutLogEvents", batch("é".repeat(524_276)), "InvalidParameterException",
                "Upload too large: 1048578 bytes exceeds limit of 1048576");
        StoredEvent stored = logs.store.events(ACCOUNT, REGION, G, S).get(0);
        assertEquals("é".repeat(524_275), stored.message());
        assertEquals(1_048_550, logs.store.group(ACCOUNT, REGION, G).orElseThrow().storedBytes());
    }

    @Test
    void theLegacyEventLimitCountsOverheadToo() {
        LogsFixture logs = fixture(LogsLimits.defaults().withMaxEventBytes(LogsLimits.LEGACY_MAX_EVENT_BYTES));
        logs.run("PutLogEvents", batch("x".repeat(262_118)));
        logs.fails("PutLogEvents", batch("ok", "x".repeat(262_119)), "InvalidParameterException",
                "Log event too large: 262145 bytes exceeds limit of 262144");
        assertEquals(1, logs.store.eventCount(ACCOUNT, REGION, G));
    }

    @Test
    void theBatchLimitIsCheckedBeforeTheEventLimit() {
        LogsFixture logs = fixture(LogsLimits.defaults().withMaxEventBytes(LogsLimits.LEGACY_MAX_EVENT_BYTES));
        logs.fails("PutLogEvents", batch("x".repeat(1_048_551)), "InvalidParameterException",
                "Upload too large: 1048577 bytes exceeds limit of 1048576");
    }

    @Test
    void parallelWritersToOneStreamLoseNothing() throws Exception {
        LogsFixture logs = fixture(LogsLimits.defaults());
        int writers = 8;
        int batchesPerWriter = 50;
        int eventsPerBatch = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(() -> {
                    for (int b = 0; b < batchesPerWriter; b++) {
                        String[] messages = new String[eventsPerBatch];
                        for (int e = 0; e < eventsPerBatch; e++) {
                            messages[e] = writer + "/" + b + "/" + e;
                        }
                        // Each writer goes back in time, so batches interleave out of order.
                        ObjectNode body = batch(messages);
                        long ts = NOW_MS - (batchesPerWriter - b) * 1000L - writer;
                        body.get("logEvents").forEach(n -> ((ObjectNode) n).put("timestamp", ts));
                        logs.handler("PutLogEvents").handle(
                                LogsFixture.call("PutLogEvents", body, NOW.plusMillis(writer)));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        List<StoredEvent> events = logs.store.events(ACCOUNT, REGION, G, S);
        assertEquals(writers * batchesPerWriter * eventsPerBatch, events.size());
        Set<String> messages = new HashSet<>();
        events.forEach(e -> messages.add(e.message()));
        assertEquals(events.size(), messages.size(), "every event stored exactly once");
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).id().compareTo(events.get(i).id()) < 0, "stream kept in id order");
        }
    }
}
