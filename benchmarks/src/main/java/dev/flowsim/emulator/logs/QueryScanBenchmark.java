package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.insights.QueryEngine;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Issue 8's claim "queries over millions of events answer in well under a second": one log group of default-format
 * (v2) flow-log lines, {@code events} of them in 20 ENI streams over two hours, read the way the query worker and
 * FilterLogEvents read them. In this package (a split package on the benchmark's class path) to reach the
 * package-private pieces the handlers use, without widening their visibility.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-XX:+UseG1GC"})
public class QueryScanBenchmark {

    static final String SEED_QUERY = "fields @timestamp, srcAddr, dstAddr, action | filter action = 'REJECT' "
            + "| sort @timestamp desc | limit 20";
    static final String STATS_QUERY = "stats count(*) by action, bin(5m)";
    static final String REJECTED_SSH = "[version, account, eni, source, destination, srcport, destport = 22, "
            + "protocol = 6, packets, bytes, windowstart, windowend, action = REJECT, flowlogstatus]";
    private static final int STREAMS = 20;
    private static final int BATCH = 5_000;
    private static final long START = 1_735_732_800_000L;
    private static final long SPAN_MILLIS = 2 * 3_600_000L;

    @Param("2000000")
    public int events;

    private LogGroup group;
    private List<LogStream> streams;
    private Query seed;
    private Query stats;
    private FilterPattern rejectedSsh;

    /** The second query worker (the default is two): helps the benchmark thread with a parallel scan. */
    private ExecutorService helper;
    private volatile Thread helperThread;

    @Setup(Level.Trial)
    public void startHelper() {
        helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "query-scan-helper");
            t.setDaemon(true);
            helperThread = t;
            return t;
        });
    }

    @TearDown(Level.Trial)
    public void stopHelper() {
        helper.shutdownNow();
    }

    @Setup(Level.Trial)
    public void fill() {
        LogStore store = new LogStore();
        group = store.createGroup("123456789012", "us-east-2", "/vpc/flow-logs", LogGroupSettings.DEFAULTS, 0)
                .orElseThrow();
        SplittableRandom random = new SplittableRandom(8);
        int perStream = events / STREAMS;
        long step = Math.max(1, SPAN_MILLIS / perStream);
        for (int s = 0; s < STREAMS; s++) {
            String eni = String.format("eni-0a1b2c3d4e5f6%04x", s);
            LogStream stream = group.createStream(eni + "-all", 0).orElseThrow();
            for (int from = 0; from < perStream; from += BATCH) {
                int n = Math.min(BATCH, perStream - from);
                EventBatch.Builder b = new EventBatch.Builder(n, 112);
                for (int i = 0; i < n; i++) {
                    long t = START + (from + i) * step + s;
                    b.add(t, line(random, eni, t).getBytes(StandardCharsets.US_ASCII));
                }
                EventBatch batch = b.build();
                stream.append(START + (from + n) * step, store.nextBatchSerial(), batch, 0, n);
            }
        }
        streams = group.streams();
        seed = Query.compile(SEED_QUERY);
        stats = Query.compile(STATS_QUERY);
        rejectedSsh = FilterPattern.compile(REJECTED_SSH);
    }

    /** About 10% REJECT, 3% of flows to port 22, one NODATA record in 500. */
    static String line(SplittableRandom random, String eni, long timestamp) {
        long start = timestamp / 1000 - 60;
        if (random.nextInt(500) == 0) {
            return "2 123456789012 " + eni + " - - - - - - - " + start + " " + (start + 60) + " - NODATA";
        }
        int dport = random.nextInt(100) < 3 ? 22 : random.nextInt(10) < 6 ? 443 : 1024 + random.nextInt(60_000);
        String action = random.nextInt(10) == 0 ? "REJECT" : "ACCEPT";
        return "2 123456789012 " + eni + " 10.0." + random.nextInt(256) + "." + random.nextInt(256) + " 172.31."
                + random.nextInt(256) + "." + random.nextInt(256) + " " + (1024 + random.nextInt(64_000)) + " "
                + dport + " 6 " + (1 + random.nextInt(40)) + " " + (40 + random.nextInt(60_000)) + " " + start + " "
                + (start + 60) + " " + action + " OK";
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long iterationCpuStart;
    private long helperCpuStart;
    private long iterationOps;

    /**
     * CPU time of the benchmark thread per operation, printed after each iteration: on a machine shared with other
     * builds the wall-clock score includes waiting for a core, this does not (it excludes GC threads too).
     */
    @Setup(Level.Iteration)
    public void startCpuClock() {
        iterationCpuStart = threads.getCurrentThreadCpuTime();
        helperCpuStart = helperCpu();
        iterationOps = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpuPerOp() {
        long cpu = threads.getCurrentThreadCpuTime() - iterationCpuStart;
        long helped = helperCpu() - helperCpuStart;
        long ops = Math.max(1, iterationOps);
        System.out.printf("  [cpu %.1f ms/op (benchmark thread %.1f + scan helper %.1f) over %d ops]%n",
                (cpu + helped) / 1e6 / ops, cpu / 1e6 / ops, helped / 1e6 / ops, iterationOps);
    }

    private long helperCpu() {
        Thread t = helperThread;
        return t == null ? 0 : Math.max(0, threads.getThreadCpuTime(t.getId()));
    }

    /**
     * What the query worker runs: a stats query of counts and a raw-row query cut by sort | limit scan the streams on
     * this thread and the helper.
     */
    private QueryResult run(Query query) {
        iterationOps++;
        return QueryScan.run(query, List.of(group), START, START + SPAN_MILLIS, Long.MAX_VALUE, 10_000, () -> false,
                helper, 1);
    }

    /** The seed's query: the 20 newest rejected flows. */
    @Benchmark
    public QueryResult seedQuery() {
        return run(seed);
    }

    /** The seed's query on one thread, streams merged newest first (the path before round 4), for comparison. */
    @Benchmark
    public QueryResult seedQueryOneThread() {
        iterationOps++;
        return QueryEngine.run(seed, QueryEventSource.newestFirst(List.of(group), START, START + SPAN_MILLIS,
                Long.MAX_VALUE), 10_000, () -> false);
    }

    /** Flows per action per 5 minutes. */
    @Benchmark
    public QueryResult statsQuery() {
        return run(stats);
    }

    /** The same on one thread, streams merged newest first (the path before the parallel scan), for comparison. */
    @Benchmark
    public QueryResult statsQueryOneThread() {
        iterationOps++;
        return QueryEngine.run(stats, QueryEventSource.newestFirst(List.of(group), START, START + SPAN_MILLIS,
                Long.MAX_VALUE), 10_000, () -> false);
    }

    /**
     * FilterLogEvents' first page (10,000 events) of rejected SSH flows across all streams, the streams scanned on
     * this thread and the helper (what the handler does with its scan helpers).
     */
    @Benchmark
    public FilterPage filterRejectedSsh() {
        iterationOps++;
        return FilterPage.read(streams, EventRange.ALL, LogsShapes.EVENTS_LIMIT_MAX, rejectedSsh::matches, helper, 1);
    }

    /** The same page on this thread alone (the path before round 4), for comparison. */
    @Benchmark
    public FilterPage filterRejectedSshOneThread() {
        iterationOps++;
        return FilterPage.read(streams, EventRange.ALL, LogsShapes.EVENTS_LIMIT_MAX, rejectedSsh::matches);
    }
}
