package dev.flowsim.benchmarks.flowlogs;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.LineWriter;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;
import dev.flowsim.simulator.traffic.TrafficMix;
import dev.flowsim.simulator.traffic.TrafficModel;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Flow-log records on one core (one benchmark thread), for the default version-2 format and a custom version-5
 * format. The whole path ({@code generateAggregateRender}: seeded traffic model into observation columns → per-ENI
 * window aggregation → each record rendered from the aggregation table into one reused byte line) and its stages:
 * {@code generateOnly} (traffic into columns), {@code aggregateRenderOnly} (aggregation and rendering of windows
 * generated beforehand), {@code generateAggregateRenderStrings} (the whole path with a {@code String} per line, as
 * {@code WindowRecords} hands lines to the delivery code) and {@code renderOnly} (prebuilt {@link FlowRecord}s). Throughput is counted in records through the {@code records} counter (JMH reports it
 * as records/s next to the per-call figure); the target is 5,000,000 records/s. Records/s is wall-clock and
 * so depends on how much of a core the benchmark thread gets; {@code cpuNanos / cpuRecords} is the benchmark
 * thread's own CPU time per record (GC and JIT threads excluded), which stays comparable on a loaded machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FlowRecordBenchmark {

    /** A v5 custom format: every v2 field plus the v3-v5 metadata and packet fields. */
    static final String V5_FORMAT = "${version} ${account-id} ${interface-id} ${vpc-id} ${subnet-id} "
            + "${instance-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} "
            + "${end} ${action} ${log-status} ${tcp-flags} ${type} ${pkt-srcaddr} ${pkt-dstaddr} ${region} "
            + "${az-id} ${flow-direction} ${traffic-path} ${pkt-src-aws-service} ${pkt-dst-aws-service}";

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Records per call, counted so JMH reports records/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Records {
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            records = 0;
        }
    }

    /**
     * The benchmark thread's own CPU time (ThreadMXBean, read twice per call: a microsecond against calls of
     * milliseconds) and the records it covers. JMH sums these counters over the measurement iterations, so CPU
     * time per record is {@code cpuNanos / cpuRecords}. GC work on other threads is not in it, so it understates
     * what allocation costs.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long cpuRecords;
        private long mark;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            cpuRecords = 0;
        }

        void start() {
            mark = THREADS.getCurrentThreadCpuTime();
        }

        void stop(long recordsDone) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - mark;
            cpuRecords += recordsDone;
        }
    }

    @Param({"v2", "v5"})
    public String format;

    /** Interfaces of the one VPC the flow log covers. */
    @Param({"100"})
    public int interfaces;

    /** Roughly the records per interface per minute (the default mix gives about 25). */
    @Param({"100"})
    public int flowsPerEniPerMinute;

    /** Windows generated beforehand for {@code aggregateRenderOnly}. */
    private static final int PREGENERATED_WINDOWS = 16;

    private RecordFormat recordFormat;
    private List<MonitoredEni> enis;
    private TrafficModel model;
    private List<FlowRecord> prebuilt;
    private int windowIndex;
    private final Observations observations = new Observations();
    private final WindowAggregator aggregator = new WindowAggregator();
    private final LineWriter line = new LineWriter();
    private Observations[] pregenerated;
    private LineSink lineSink;
    private StringSink stringSink;

    @Setup(Level.Trial)
    public void prepare() {
        recordFormat = RecordFormat.parse(format.equals("v2") ? RecordFormat.DEFAULT_FORMAT_STRING : V5_FORMAT);
        enis = BenchTopology.vpc(interfaces);
        model = new TrafficModel(42, TrafficMix.DEFAULT.scaled(flowsPerEniPerMinute / 25.0));
        prebuilt = new ArrayList<>();
        for (int w = 0; prebuilt.size() < 100_000; w++) {
            aggregate(window(w)).values().forEach(prebuilt::addAll);
        }
        pregenerated = new Observations[PREGENERATED_WINDOWS];
        for (int w = 0; w < PREGENERATED_WINDOWS; w++) {
            pregenerated[w] = new Observations();
            model.observeInto(enis, window(w), pregenerated[w]);
        }
        lineSink = new LineSink(recordFormat, line);
        stringSink = new StringSink(recordFormat);
    }

    /** Renders each record into the reused line; counts records and line bytes (the bytes go to the blackhole). */
    static final class LineSink implements WindowAggregator.Visitor {
        private final RecordFormat format;
        private final LineWriter line;
        long records;
        long bytes;

        LineSink(RecordFormat format, LineWriter line) {
            this.format = format;
            this.line = line;
        }

        @Override
        public void beginInterface(MonitoredEni eni, int count) {
        }

        @Override
        public void record(RecordRow row) {
            if (!format.write(row, line)) {
                bytes += format.render(row).length();
            }
            bytes += line.length();
            records++;
        }
    }

    /** Renders each record as a {@code String}, as {@code WindowRecords} does for the delivery code. */
    static final class StringSink implements WindowAggregator.Visitor {
        private final RecordFormat format;
        Blackhole sink;
        long records;

        StringSink(RecordFormat format) {
            this.format = format;
        }

        @Override
        public void beginInterface(MonitoredEni eni, int count) {
        }

        @Override
        public void record(RecordRow row) {
            sink.consume(format.render(row));
            records++;
        }
    }

    private static CaptureWindow window(int index) {
        return new CaptureWindow(T0.plusSeconds(60L * index), Duration.ofSeconds(60));
    }

    private Map<String, List<FlowRecord>> aggregate(CaptureWindow window) {
        return WindowAggregator.aggregate(enis, window, model.observe(enis, window));
    }

    /**
     * Traffic, aggregation and rendering of one 60-second window of every interface, a new window each call:
     * observations into reused columns, records read in place from the aggregation table and written into one
     * reused byte line (no object per observation or record, no {@code String} per line).
     */
    @Benchmark
    public void generateAggregateRender(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        CaptureWindow window = window(windowIndex++ & 1023);
        model.observeInto(enis, window, observations);
        long records = aggregateAndRender(window, observations);
        counter.records += records;
        cpu.stop(records);
        sink.consume(lineSink.bytes);
    }

    /** The whole path with a {@code String} per line (what {@code WindowRecords} builds for the delivery code). */
    @Benchmark
    public void generateAggregateRenderStrings(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        CaptureWindow window = window(windowIndex++ & 1023);
        model.observeInto(enis, window, observations);
        stringSink.sink = sink;
        long before = stringSink.records;
        aggregator.aggregate(enis, window, observations, Integer.MAX_VALUE, stringSink);
        long records = stringSink.records - before;
        counter.records += records;
        cpu.stop(records);
    }

    /**
     * Traffic only: one window's observations into reused columns. Counted in observations (about 1.4 per record
     * here: both ends of east-west traffic observe it), so compare per call or scale by records per call.
     */
    @Benchmark
    public void generateOnly(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        model.observeInto(enis, window(windowIndex++ & 1023), observations);
        counter.records += observations.size();
        cpu.stop(observations.size());
        sink.consume(observations.size());
    }

    /** Aggregation and rendering (into the reused line) of windows generated beforehand. */
    @Benchmark
    public void aggregateRenderOnly(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        int w = windowIndex++ % PREGENERATED_WINDOWS;
        long records = aggregateAndRender(window(w), pregenerated[w]);
        counter.records += records;
        cpu.stop(records);
        sink.consume(lineSink.bytes);
    }

    /** Aggregation only (the table, the sort, a row per record handed out) of windows generated beforehand. */
    @Benchmark
    public void aggregateOnly(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        int w = windowIndex++ % PREGENERATED_WINDOWS;
        long before = counter.records;
        aggregator.aggregate(enis, window(w), pregenerated[w], Integer.MAX_VALUE, new WindowAggregator.Visitor() {
            @Override
            public void beginInterface(MonitoredEni eni, int count) {
                counter.records += count;
            }

            @Override
            public void record(RecordRow row) {
                sink.consume(row);
            }
        });
        cpu.stop(counter.records - before);
    }

    private long aggregateAndRender(CaptureWindow window, Observations windowObservations) {
        long before = lineSink.records;
        aggregator.aggregate(enis, window, windowObservations, Integer.MAX_VALUE, lineSink);
        return lineSink.records - before;
    }

    /** Rendering only: 100,000 prebuilt records of the same traffic. */
    @Benchmark
    public void renderOnly(Records counter, CpuTime cpu, Blackhole sink) {
        cpu.start();
        for (FlowRecord record : prebuilt) {
            sink.consume(recordFormat.render(record));
        }
        counter.records += prebuilt.size();
        cpu.stop(prebuilt.size());
    }
}
