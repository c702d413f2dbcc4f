package dev.flowsim.benchmarks.logs;

import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StoredEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The log store's two hot paths: appending a full PutLogEvents batch (7,500 flow-log lines of about 110 bytes) to a
 * stream, and reading a page of 100 events by time range from a stream of a million events. Appends are reported
 * per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LogStoreBenchmark {

    static final int BATCH = 7_500;
    private static final int READ_STREAM_EVENTS = 1_000_000;

    private EventBatch batch;
    private LogStore store;
    private LogStream appendStream;
    private long appendTime;
    private LogStream readStream;
    private long readStart;
    private int readOffset;

    @Setup(Level.Trial)
    public void prepare() {
        batch = flowLogBatch(BATCH, 1_735_732_800_000L);
        store = new LogStore();
        LogGroup group = store.createGroup("000000000000", "us-east-2", "g", LogGroupSettings.DEFAULTS, 0)
                .orElseThrow();
        readStream = group.createStream("read", 0).orElseThrow();
        readStart = 1_735_732_800_000L;
        for (int i = 0; i < READ_STREAM_EVENTS / BATCH; i++) {
            EventBatch b = flowLogBatch(BATCH, readStart + i * 1_000L);
            readStream.append(readStart + i * 1_000L, store.nextBatchSerial(), b, 0, b.size());
        }
    }

    /** A fresh stream per iteration, so the heap does not fill up with appended events. */
    @Setup(Level.Iteration)
    public void freshAppendStream() {
        LogGroup group = store.createGroup("000000000000", "us-east-2", "append-" + System.nanoTime(),
                LogGroupSettings.DEFAULTS, 0).orElseThrow();
        appendStream = group.createStream("s", 0).orElseThrow();
        appendTime = 1_735_732_800_000L;
    }

    static EventBatch flowLogBatch(int events, long timestamp) {
        EventBatch.Builder b = new EventBatch.Builder(events, 112);
        for (int i = 0; i < events; i++) {
            String line = "2 123456789012 eni-0a1b2c3d4e5f6a7b8 10.0." + (i % 250) + "." + (i % 199) + " 10.1."
                    + (i % 97) + ".17 " + (1024 + i % 60_000) + " 443 6 7 4311 1735732800 1735732860 ACCEPT OK";
            b.add(timestamp, line.getBytes(StandardCharsets.US_ASCII));
        }
        return b.build();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public boolean appendFullBatch() {
        appendTime += 1_000;
        return appendStream.append(appendTime, store.nextBatchSerial(), batch, 0, BATCH);
    }

    @Benchmark
    public List<StoredEvent> readPageOf100ByTime() {
        readOffset = (readOffset + 7_919) % (READ_STREAM_EVENTS / BATCH - 1);
        long from = readStart + readOffset * 1_000L;
        return readStream.readFirst(EventRange.ofTimes(from, from + 1_000L), 100, 1_048_576);
    }
}
