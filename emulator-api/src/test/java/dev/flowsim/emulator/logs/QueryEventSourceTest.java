package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.InsightsEvent;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.NewLogEvent;
import dev.flowsim.emulator.logs.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A query reads every stream's events of the range newest first, across chunk boundaries, as a full sort would. */
class QueryEventSourceTest {

    private final LogStore store = new LogStore();
    private final LogGroup group = store.createGroup("123456789012", "us-east-2", "g", LogGroupSettings.DEFAULTS, 0)
            .orElseThrow();

    @Test
    void mergesStreamsNewestFirstAndSkipsEventsIngestedAfterTheQueryStarted() {
        SplittableRandom random = new SplittableRandom(3);
        for (int s = 0; s < 3; s++) {
            LogStream stream = group.createStream("s" + s, 0).orElseThrow();
            for (int b = 0; b < 5; b++) {
                List<NewLogEvent> batch = new ArrayList<>();
                long t = b * 3_000L;
                for (int i = 0; i < 2_500; i++) {
                    t += random.nextInt(3); // equal timestamps across and within streams
                    batch.add(NewLogEvent.of(t, "m" + s + "-" + b + "-" + i));
                }
                assertTrue(stream.append(1_000 + b, store.nextBatchSerial(), batch));
            }
        }
        long start = 2_000;
        long end = 13_000;
        long ingestedBy = 1_003;
        record Expected(long timestamp, String stream, String message, StoredEvent event) {
        }
        List<Expected> expected = new ArrayList<>();
        for (LogStream stream : group.streams()) {
            for (StoredEvent e : stream.events()) {
                if (e.timestamp() >= start && e.timestamp() <= end && e.ingestionTime() <= ingestedBy) {
                    expected.add(new Expected(e.timestamp(), stream.name(), e.message(), e));
                }
            }
        }
        expected.sort(Comparator.comparing((Expected x) -> x.event().id()).reversed());

        Iterator<InsightsEvent> it = QueryEventSource.newestFirst(List.of(group), start, end, ingestedBy);
        List<Expected> actual = new ArrayList<>();
        while (it.hasNext()) {
            InsightsEvent e = it.next();
            actual.add(new Expected(e.timestamp(), e.logStream(), e.message(), null));
        }
        assertTrue(expected.size() > 8_192, "spans several chunks per stream");
        assertEquals(expected.stream().map(x -> new Expected(x.timestamp(), x.stream(), x.message(), null)).toList(),
                actual);
    }
}
