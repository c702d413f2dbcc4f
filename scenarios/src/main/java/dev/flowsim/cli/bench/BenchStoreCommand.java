package dev.flowsim.cli.bench;

import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code flowsim bench store}: stores N flow-log events straight into a log store (no HTTP) and measures the heap
 * they take after a full GC, i.e. the store's bytes per event, plus the append rate.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Heap bytes per stored event: append N flow-log events to the store and measure after GC. "
                + "Give the JVM room, e.g. java -Xmx3g -jar flowsim.jar bench store --events 10000000.")
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000000", description = "Events to store (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--batch-size", defaultValue = "7500", description = "Events per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--streams", defaultValue = "1", description = "Streams to spread them over (default: ${DEFAULT-VALUE}).")
    int streams;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated flow-log lines.")
    long seed;

    @Override
    public Integer call() {
        if (events < 1 || batchSize < 1 || batchSize > 10_000 || streams < 1) {
            System.err.println("flowsim bench store: --events and --streams must be positive, --batch-size 1..10000");
            return 2;
        }
        byte[][] lines = FlowLogLines.generate(batchSize, seed);
        long lineBytes = 0;
        for (byte[] l : lines) {
            lineBytes += l.length;
        }
        long heapBefore = heapAfterGc();
        LogStore store = new LogStore();
        LogGroup group = store.createGroup("000000000000", "us-east-2", "/flowsim/bench/store",
                LogGroupSettings.DEFAULTS, 0).orElseThrow();
        List<LogStream> targets = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            targets.add(group.createStream("eni-bench" + i + "-all", 0).orElseThrow());
        }
        long started = System.nanoTime();
        long stored = 0;
        long timestamp = 1_735_732_800_000L;
        for (int b = 0; stored < events; b++) {
            int n = (int) Math.min(batchSize, events - stored);
            EventBatch.Builder batch = new EventBatch.Builder(n, lines[0].length);
            for (int i = 0; i < n; i++) {
                batch.add(timestamp, lines[i]);
            }
            timestamp += 10;
            EventBatch built = batch.build();
            targets.get(b % streams).append(timestamp, store.nextBatchSerial(), built, 0, n);
            stored += n;
        }
        long elapsed = System.nanoTime() - started;
        long heapAfter = heapAfterGc();
        double perEvent = (double) (heapAfter - heapBefore) / stored;
        double messageBytes = (double) lineBytes / batchSize;
        System.out.printf(Locale.ROOT, "flowsim bench store: %,d events of %.1f bytes on average in %d stream(s), "
                + "batches of %d%n", stored, messageBytes, streams, batchSize);
        System.out.printf(Locale.ROOT, "  appended     in %.2f s: %,.0f events/s (one thread, no HTTP)%n",
                elapsed / 1e9, stored / (elapsed / 1e9));
        System.out.printf(Locale.ROOT, "  heap         %,d bytes after GC before, %,d after: %.1f bytes per event "
                + "(%.1f of them message, %.1f overhead)%n", heapBefore, heapAfter, perEvent, messageBytes,
                perEvent - messageBytes);
        System.out.printf(Locale.ROOT, "  check        the group reports %,d events and %,d stored bytes%n",
                group.eventCount(), group.storedBytes());
        return group.eventCount() == stored ? 0 : 1;
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
