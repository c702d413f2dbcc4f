package dev.flowsim.benchmarks.flowlogs;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.LineWriter;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.record.RenderAblation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;
import dev.flowsim.simulator.traffic.TrafficMix;
import dev.flowsim.simulator.traffic.TrafficModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rendering alone: {@link RecordFormat#write} of rows taken beforehand from the aggregation table of the same
 * traffic as {@link FlowRecordBenchmark} (numeric IPv4 addresses included), so that the line writer's share is
 * measured without traffic generation and aggregation around it. The rows are plain snapshots: reading them costs
 * less than reading the table in place, so this is a lower bound of the rendering part of
 * {@code aggregateRenderOnly}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(java.util.concurrent.TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LineRenderBenchmark {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Param({"v2", "v5"})
    public String format;

    private RecordFormat recordFormat;
    private RowSnapshot[] rows;
    private final LineWriter line = new LineWriter();

    @Setup
    public void prepare() {
        recordFormat = RecordFormat.parse(format.equals("v2") ? RecordFormat.DEFAULT_FORMAT_STRING
                : FlowRecordBenchmark.V5_FORMAT);
        rows = snapshots();
    }

    /** The rows of {@link FlowRecordBenchmark}'s traffic: 4 windows over 100 interfaces, as plain snapshots. */
    private static RowSnapshot[] snapshots() {
        List<MonitoredEni> enis = BenchTopology.vpc(100);
        TrafficModel model = new TrafficModel(42, TrafficMix.DEFAULT.scaled(4));
        WindowAggregator aggregator = new WindowAggregator();
        Observations observations = new Observations();
        List<RowSnapshot> taken = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            CaptureWindow window = new CaptureWindow(T0.plusSeconds(60L * w), Duration.ofSeconds(60));
            model.observeInto(enis, window, observations);
            aggregator.aggregate(enis, window, observations, Integer.MAX_VALUE, new WindowAggregator.Visitor() {
                @Override
                public void beginInterface(MonitoredEni eni, int count) {
                }

                @Override
                public void record(RecordRow row) {
                    taken.add(new RowSnapshot(row));
                }
            });
        }
        return taken.toArray(new RowSnapshot[0]);
    }

    /** Every row's line into one reused buffer; the lines' lengths go to the blackhole. */
    @Benchmark
    public void writeRows(FlowRecordBenchmark.Records counter, FlowRecordBenchmark.CpuTime cpu, Blackhole sink) {
        cpu.start();
        long bytes = 0;
        for (RowSnapshot row : rows) {
            if (!recordFormat.write(row, line)) {
                bytes += recordFormat.render(row).length();
            }
            bytes += line.length();
        }
        counter.records += rows.length;
        cpu.stop(rows.length);
        sink.consume(bytes);
    }

    /**
     * Ablation of the default line (always version 2, whatever {@code format} says; run with {@code -p format=v2}):
     * the rows of {@link #writeRows}, each written only up to field group {@code part} by {@link RenderAblation}
     * with the same writer calls as the renderer. A group's cost is its figure minus the previous group's.
     */
    @State(Scope.Thread)
    public static class DefaultLines {
        @Param({"frame", "prefix", "addresses", "ports", "counters", "times", "all"})
        public String part;

        int stage;
        RecordFormat v2;
        RowSnapshot[] rows;
        final LineWriter line = new LineWriter();
        // The same rows as plain columns, for writeColumns.
        byte[][][] parts;
        int[] ipv4;
        String[] srcAddr;
        String[] dstAddr;
        int[] srcIpv4;
        int[] dstIpv4;
        int[] srcPort;
        int[] dstPort;
        int[] protocol;
        long[] packets;
        long[] bytes;
        long[] start;
        long[] end;
        int[] action;

        @Setup
        public void prepare() {
            stage = RenderAblation.stageOf(part);
            v2 = RecordFormat.parse(RecordFormat.DEFAULT_FORMAT_STRING);
            rows = snapshots();
            int n = rows.length;
            parts = new byte[n][][];
            ipv4 = new int[n];
            srcAddr = new String[n];
            dstAddr = new String[n];
            srcIpv4 = new int[n];
            dstIpv4 = new int[n];
            srcPort = new int[n];
            dstPort = new int[n];
            protocol = new int[n];
            packets = new long[n];
            bytes = new long[n];
            start = new long[n];
            end = new long[n];
            action = new int[n];
            LineWriter check = new LineWriter();
            for (int i = 0; i < n; i++) {
                RowSnapshot row = rows[i];
                ipv4[i] = row.ipv4Addresses();
                srcAddr[i] = row.srcAddr();
                dstAddr[i] = row.dstAddr();
                parts[i] = RenderAblation.partsOf(v2, row, line);
                srcIpv4[i] = (ipv4[i] & 1) != 0 ? row.srcIpv4() : 0;
                dstIpv4[i] = (ipv4[i] & 2) != 0 ? row.dstIpv4() : 0;
                srcPort[i] = row.srcPort();
                dstPort[i] = row.dstPort();
                protocol[i] = row.protocol();
                packets[i] = row.packets();
                bytes[i] = row.bytes();
                start[i] = row.start();
                end[i] = row.end();
                action[i] = row.action().ordinal();
                // Both ablation paths must write exactly the renderer's line, or the figures mean nothing.
                String expected = v2.render(row);
                RenderAblation.write(v2, row, check, RenderAblation.STAGES.length - 1);
                String ablated = lineOf(check);
                RenderAblation.writeColumns(check, parts[i], ipv4[i], srcIpv4[i], dstIpv4[i], srcAddr[i],
                        dstAddr[i], srcPort[i], dstPort[i], protocol[i], packets[i], bytes[i], start[i], end[i],
                        action[i]);
                String columns = lineOf(check);
                if (!expected.equals(ablated) || !expected.equals(columns)) {
                    throw new IllegalStateException("ablation differs from the renderer: " + expected);
                }
            }
        }
    }

    private static String lineOf(LineWriter line) {
        return new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1);
    }

    /** The default line up to field group {@code part} ({@link DefaultLines}), from the same snapshots. */
    @Benchmark
    public void writeParts(DefaultLines lines, FlowRecordBenchmark.Records counter, FlowRecordBenchmark.CpuTime cpu,
            Blackhole sink) {
        cpu.start();
        long total = 0;
        RecordFormat v2 = lines.v2;
        LineWriter out = lines.line;
        int stage = lines.stage;
        for (RowSnapshot row : lines.rows) {
            RenderAblation.write(v2, row, out, stage);
            total += out.length();
        }
        counter.records += lines.rows.length;
        cpu.stop(lines.rows.length);
        sink.consume(total);
    }

    /**
     * The whole default line from plain int/long columns instead of through {@link RecordRow}: against
     * {@code writeParts} "all", the cost of the interface calls and of the snapshot objects' memory layout.
     * (Its figure repeats for every {@code part}: the parameter does not apply here.)
     */
    @Benchmark
    public void writeColumns(DefaultLines lines, FlowRecordBenchmark.Records counter, FlowRecordBenchmark.CpuTime cpu,
            Blackhole sink) {
        cpu.start();
        long total = 0;
        LineWriter out = lines.line;
        int n = lines.rows.length;
        for (int i = 0; i < n; i++) {
            RenderAblation.writeColumns(out, lines.parts[i], lines.ipv4[i], lines.srcIpv4[i], lines.dstIpv4[i],
                    lines.srcAddr[i], lines.dstAddr[i], lines.srcPort[i], lines.dstPort[i], lines.protocol[i],
                    lines.packets[i], lines.bytes[i], lines.start[i], lines.end[i], lines.action[i]);
            total += out.length();
        }
        counter.records += n;
        cpu.stop(n);
        sink.consume(total);
    }
}
