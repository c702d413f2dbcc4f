package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.NewLogEvent;
import dev.flowsim.emulator.logs.store.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FilterLogEvents' pages, read with streams scanned in parallel or on one thread, page for page equal to the
 * definition: every matching event of the range across the streams in event-id order, cut at the limit or 1 MB of
 * messages, with "more" exactly when a matching event follows the page's last one. The streams share timestamps
 * (ties broken by ingestion time, batch and index), some streams match nothing, one holds large messages.
 */
class FilterPageTest {

    private static final long START = 1_735_732_800_000L;
    private static final LogStore STORE = new LogStore();
    private static final LogGroup GROUP = STORE.createGroup("123456789012", "us-east-2", "/vpc/flow-logs",
            LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private static ExecutorService pool;

    @BeforeAll
    static void fill() {
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < 6; s++) {
            LogStream stream = GROUP.createStream("eni-" + s + "-all", 0).orElseThrow();
            long t = START;
            for (int batch = 0; batch < 6; batch++) {
                List<NewLogEvent> events = new ArrayList<>();
                for (int i = 0; i < 1_500; i++) {
                    t += random.nextInt(3) * 1_000L;
                    events.add(NewLogEvent.of(t, message(random, s)));
                }
                assertTrue(stream.append(START + batch, STORE.nextBatchSerial(), events));
            }
        }
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Stream 4 never rejects; stream 5 carries about 60 KB messages now and then (the 1 MB cap). */
    private static String message(SplittableRandom random, int stream) {
        String action = stream != 4 && random.nextInt(8) == 0 ? "REJECT" : "ACCEPT";
        String line = "2 123456789012 eni-" + stream + " 10.0.0." + random.nextInt(6) + " 172.31.0.1 1024 "
                + (random.nextInt(4) == 0 ? 22 : 443) + " 6 3 120 1735732800 1735732860 " + action + " OK";
        return stream == 5 && random.nextInt(40) == 0 ? line + " " + "x".repeat(60_000) : line;
    }

    private static FilterPage.MessageTest pattern(String text) {
        return text.equals("*") ? (b, o, l) -> true : FilterPattern.compile(text)::matches;
    }

    /** The definition: all matching events of the range in id order. */
    private static List<StoredEvent> allMatches(EventRange range, FilterPage.MessageTest test) {
        List<StoredEvent> all = new ArrayList<>();
        for (LogStream stream : GROUP.streams()) {
            for (StoredEvent e : stream.readFirst(range, Integer.MAX_VALUE, Long.MAX_VALUE)) {
                byte[] bytes = e.message().getBytes(StandardCharsets.UTF_8);
                if (test.test(bytes, 0, bytes.length)) {
                    all.add(e);
                }
            }
        }
        all.sort(Comparator.comparing(StoredEvent::id));
        return all;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "REJECT | 10000", "REJECT | 333", "\"eni-0\" \"10.0.0.3\" REJECT \" 22 \" | 1",
            "[v, a, eni, src, dst, sp, dp = 22, p, pk, b, ws, we, action = REJECT, st] | 250",
            "* | 10000", "\"eni-4\" REJECT | 50", "x | 7"})
    void pagesInParallelAreThePagesOfTheDefinition(String patternText, int limit) {
        FilterPage.MessageTest test = pattern(patternText);
        EventRange range = EventRange.ofTimes(START + 20_000, START + 9_000_000);
        List<StoredEvent> expected = allMatches(range, test);
        // One thread; a pool with one and three helpers; a helper that runs first; helpers that never start.
        List<Executor> executors = List.of(Runnable::run, pool, pool, Runnable::run, task -> { });
        int[] counts = {0, 1, 3, 1, 2};
        for (int variant = 0; variant < counts.length; variant++) {
            List<StoredEvent> seen = allPages(range, limit, test, expected.size(), executors.get(variant),
                    counts[variant]);
            assertEquals(ids(expected), ids(seen), patternText + ", " + counts[variant] + " helpers");
        }
    }

    /** Pages through the range as a client would, checking each page's size, bytes and "more". */
    private static List<StoredEvent> allPages(EventRange range, int limit, FilterPage.MessageTest test,
                                              int expectedCount, Executor helpers, int helperCount) {
        List<StoredEvent> seen = new ArrayList<>();
        EventRange rest = range;
        int pages = 0;
        while (true) {
            FilterPage page = FilterPage.read(GROUP.streams(), rest, limit, test, helpers, helperCount);
            pages++;
            assertTrue(page.hits().size() <= limit);
            long bytes = 0;
            for (FilterPage.Hit hit : page.hits()) {
                seen.add(hit.event());
                bytes += hit.messageBytes();
            }
            assertTrue(page.hits().size() <= 1 || bytes <= FilterPage.MAX_PAGE_MESSAGE_BYTES);
            assertEquals(seen.size() < expectedCount, page.more(), "more after page " + pages);
            if (!page.more()) {
                return seen;
            }
            rest = range.from(page.hits().get(page.hits().size() - 1).event().id().next());
        }
    }

    private static List<String> ids(List<StoredEvent> events) {
        return events.stream().map(e -> e.id().toDecimal() + " " + e.message().length()).toList();
    }
}
