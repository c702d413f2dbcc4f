package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.PartitionedRows;
import dev.flowsim.emulator.logs.insights.PartitionedStats;
import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.insights.QueryEngine;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.NewLogEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stats query, or a raw-row query cut to its best rows, scanned stream by stream in parallel gives exactly the answer of the sequential newest-first scan:
 * the same rows in the same order (groups in order of first appearance), the same statistics, whichever threads do
 * the work and however the streams are shared out.
 */
class QueryScanTest {

    private static final long START = 1_735_732_800_000L;
    private static final long END = START + 600_000;
    private static final long INGESTED_BY = START + 10_000_000;
    private static final LogStore STORE = new LogStore();
    private static final LogGroup GROUP = STORE.createGroup("123456789012", "us-east-2", "/vpc/flow-logs",
            LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private static final LogGroup OTHER = STORE.createGroup("123456789012", "us-east-2", "/other",
            LogGroupSettings.DEFAULTS, 0).orElseThrow();
    private static ExecutorService pool;

    @BeforeAll
    static void fill() {
        SplittableRandom random = new SplittableRandom(42);
        fillGroup(GROUP, 5, 5_000, random);
        fillGroup(OTHER, 2, 700, random);
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Streams with equal timestamps across and within them, a few non-flow-log messages, late ingestion. */
    private static void fillGroup(LogGroup group, int streams, int perStream, SplittableRandom random) {
        for (int s = 0; s < streams; s++) {
            LogStream stream = group.createStream("eni-" + s + "-all", 0).orElseThrow();
            long t = START - 30_000;
            for (int from = 0; from < perStream; from += 500) {
                List<NewLogEvent> batch = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    t += random.nextInt(3) * 50L;
                    batch.add(NewLogEvent.of(t, message(random, s, t)));
                }
                long ingestion = from == perStream - 500 && s == 1 ? INGESTED_BY + 1 : START + from;
                assertTrue(stream.append(ingestion, STORE.nextBatchSerial(), batch));
            }
        }
    }

    private static String message(SplittableRandom random, int stream, long t) {
        int kind = random.nextInt(50);
        if (kind == 0) {
            return "{\"action\":\"" + (random.nextBoolean() ? "ACCEPT" : "DROP") + "\",\"srcAddr\":\"10.9.9.9\"}";
        }
        if (kind == 1) {
            return "plain text line " + random.nextInt(4);
        }
        if (kind == 2) {
            return "2 123456789012 eni-" + stream + " - - - - - - - " + t / 1000 + " " + (t / 1000 + 60)
                    + " - NODATA";
        }
        return "2 123456789012 eni-" + stream + " 10.0.0." + random.nextInt(6) + " 172.31.0." + random.nextInt(4)
                + " " + (1024 + random.nextInt(5)) + " " + (random.nextInt(4) == 0 ? 22 : 443) + " 6 "
                + (1 + random.nextInt(9)) + " " + (40 + random.nextInt(900)) + " " + t / 1000 + " "
                + (t / 1000 + 60) + " " + (random.nextInt(8) == 0 ? "REJECT" : "ACCEPT") + " OK";
    }

    private static QueryResult sequential(String query, List<LogGroup> groups) {
        return QueryEngine.run(Query.compile(query), QueryEventSource.newestFirst(groups, START, END, INGESTED_BY),
                10_000, () -> false);
    }

    private static QueryResult scan(String query, List<LogGroup> groups, Executor helpers, int helperCount) {
        return QueryScan.run(Query.compile(query), groups, START, END, INGESTED_BY, 10_000, () -> false, helpers,
                helperCount);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stats count(*) by action, bin(5m)",
            "stats count(*) by bin(1m), action",
            "stats count(*)",
            "stats count(*) as flows, count(srcAddr) as withSource by dstPort",
            "filter action = 'REJECT' | stats count(*) as n by srcAddr, dstAddr | sort n desc | limit 4",
            "filter dstPort = 22 | fields @logStream as s | stats count(*) by s",
            "stats count_distinct(srcAddr) as sources, count(*) by action, @logStream",
            "parse @message '* * *' as v, account, eni | stats count(*) by eni",
            "stats count(*) as n by bin(30s) | filter n > 5 | limit 7",
            "stats count(*) by logStatus | stats count(*) as statuses",
            "parse @message '* *' as action, rest | stats count(*) by action, bin(2m)",
            "stats count(*) by srcPort, start, srcAddr, dstAddr, @logStream",
    })
    void parallelStatsAnswerAsTheSequentialScan(String query) {
        assertTrue(PartitionedStats.applies(Query.compile(query)), "takes the parallel path: " + query);
        for (List<LogGroup> groups : List.of(List.of(GROUP), List.of(GROUP, OTHER))) {
            QueryResult expected = sequential(query, groups);
            assertTrue(expected.recordsScanned() > 20_000, "scanned " + expected.recordsScanned());
            assertFalse(expected.rows().isEmpty());
            assertEveryHelperSetUpAnswers(expected, query, groups);
            assertEquals(expected, scan(query, groups, task -> {
                throw new RejectedExecutionException("shutting down");
            }, 2), "helpers rejected: " + query);
        }
    }

    /** Three helpers, one, helpers that never start, and a helper that runs before the caller all give the answer. */
    private void assertEveryHelperSetUpAnswers(QueryResult expected, String query, List<LogGroup> groups) {
            assertEquals(expected, scan(query, groups, pool, 3), "three helpers: " + query);
            assertEquals(expected, scan(query, groups, pool, 1), "one helper: " + query);
            assertEquals(expected, scan(query, groups, task -> { }, 2), "helpers never start: " + query);
            assertEquals(expected, scan(query, groups, Runnable::run, 1), "helper runs first: " + query);
    }

    /** Raw rows cut by sort | limit, limit or the result cap: many ties in the sort keys and in event time. */
    @ParameterizedTest
    @ValueSource(strings = {
            "fields @timestamp, srcAddr, dstAddr, action | filter action = 'REJECT' | sort @timestamp desc | limit 20",
            "sort @timestamp asc | limit 15",
            "sort action | limit 300",
            "sort srcPort, @timestamp desc | limit 50",
            "sort dstAddr desc, srcAddr | limit 10000",
            "sort nothingHere | limit 12",
            "sort srcPort | limit 40 | sort bytes desc | limit 9",
            "filter action = 'REJECT' | limit 30",
            "filter action = 'DROP' | limit 50",
            "filter logStatus = 'NODATA' | sort @timestamp asc | limit 25",
            "filter interfaceId = 'eni-3' | fields srcAddr as action | filter action = '10.0.0.2' | limit 40",
            "fields @logStream, srcAddr | limit 10000",
            "limit 2000 | stats count(*) by action",
            "filter dstPort = 22 | display @timestamp, @message",
            "parse @message '* * *' as v, account, eni | sort eni desc | limit 77",
            "fields @timestamp, srcAddr, dstAddr, action | filter action = 'REJECT' | sort @timestamp desc",
            "sort @timestamp desc",
            "sort srcPort, dstAddr desc",
    })
    void parallelRowsAnswerAsTheSequentialScan(String query) {
        assertTrue(PartitionedRows.applies(Query.compile(query)), "takes the parallel path: " + query);
        for (List<LogGroup> groups : List.of(List.of(GROUP, OTHER))) {
            QueryResult expected = sequential(query, groups);
            assertTrue(expected.recordsScanned() > 20_000, "scanned " + expected.recordsScanned());
            assertFalse(expected.rows().isEmpty());
            assertEveryHelperSetUpAnswers(expected, query, groups);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sort srcPort | filter action = 'REJECT'",
            "dedup srcAddr | limit 5",
            "stats sum(bytes) as total, avg(packets) by action",
            "stats earliest(srcAddr), latest(dstAddr) by action",
    })
    void otherQueriesKeepTheMergedScan(String query) {
        assertFalse(PartitionedStats.applies(Query.compile(query)), query);
        assertFalse(PartitionedRows.applies(Query.compile(query)), query);
        QueryResult expected = sequential(query, List.of(GROUP));
        assertEquals(expected, scan(query, List.of(GROUP), pool, 1), query);
    }

    @Test
    void aStoppedQueryStopsEveryScanner() {
        Query query = Query.compile("stats count(*) by action");
        assertThrows(CancellationException.class, () -> QueryScan.run(query, List.of(GROUP), START, END,
                INGESTED_BY, 10_000, () -> true, pool, 2));
        Query rows = Query.compile("sort @timestamp desc | limit 20");
        assertThrows(CancellationException.class, () -> QueryScan.run(rows, List.of(GROUP), START, END,
                INGESTED_BY, 10_000, () -> true, pool, 2));
        // The pool is free again: a later query gets an answer.
        assertEquals(sequential("stats count(*) by action", List.of(GROUP)), scan("stats count(*) by action",
                List.of(GROUP), pool, 2));
    }
}
