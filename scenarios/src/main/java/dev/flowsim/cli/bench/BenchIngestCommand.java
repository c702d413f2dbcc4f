package dev.flowsim.cli.bench;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.logs.store.LogGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code flowsim bench ingest}: signed PutLogEvents over HTTP on loopback, SigV4 verified and IAM evaluated for
 * every request, against an in-process emulator (default) or a running one ({@code --endpoint}). Prints events/s,
 * requests/s, MB/s, latency percentiles and CPU per event, then checks that the emulator holds exactly what it
 * acknowledged. Exit code 0 only when that check passes and no request failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "End-to-end PutLogEvents load (signed, IAM-authorized, loopback) with throughput, latency "
                + "and CPU per event.")
public final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--batch-size", defaultValue = "7500", description = "Events per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--connections", defaultValue = "2",
            description = "Parallel connections, each with its own thread (and, without --streams, its own log "
                    + "stream) (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--streams", description = "Log streams, at least --connections and at most 100,000; connection "
            + "i writes streams i, "
            + "i + connections, ... in turn, one request each, as the publisher interleaves interfaces "
            + "(default: one per connection).")
    Integer streams;

    @Option(names = "--sessions", defaultValue = "1", description = "Role sessions (one AssumeRole each, at most "
            + "--streams); stream j is written as session j mod sessions, as each flow log has its own "
            + "(default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--duration", defaultValue = "20", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--warmup", defaultValue = "15", description = "Unmeasured seconds first, for the JIT; on 2 cores "
            + "C2 needs about 10 s (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--endpoint", description = "A running flowsim on loopback, e.g. http://127.0.0.1:4566 "
            + "(default: start one in this process).")
    URI endpoint;

    // Four trims a second and 3 s kept: at 2.4 M events/s, 5 s kept and one trim a second held more than the
    // default stored-bytes cap (half of -Xmx3g), and the emulator refused batches mid-run.
    @Option(names = "--keep-seconds", defaultValue = "3", description = "In-process only: expire events older than "
            + "this many seconds, checked four times a second, as retention would, so a long run fits the heap and "
            + "the stored-bytes cap; 0 keeps all (default: ${DEFAULT-VALUE}).")
    int keepSeconds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated flow-log lines.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (batchSize < 1 || connections < 1 || durationSeconds < 1 || warmupSeconds < 0 || durationSeconds > 3600) {
            System.err.println("flowsim bench ingest: --batch-size, --connections and --duration (≤ 3600) must be "
                    + "positive, --warmup not negative");
            return 2;
        }
        int streamCount = streams == null ? connections : streams;
        if (streamCount < connections || sessions < 1 || sessions > streamCount || streamCount > 100_000) {
            System.err.println("flowsim bench ingest: --streams must be at least --connections (and at most "
                    + "100,000), --sessions between 1 and --streams");
            return 2;
        }
        if (endpoint != null && !isLoopback(endpoint)) {
            System.err.println("flowsim bench ingest: --endpoint must be a loopback address");
            return 2;
        }
        Emulator emulator = null;
        try {
            URI target = endpoint;
            if (target == null) {
                emulator = Emulator.create(EmulatorOptions.defaults().withServer(
                        EmulatorOptions.defaults().server().withPort(0)));
                target = emulator.start();
            }
            return run(emulator, new InetSocketAddress(target.getHost(), target.getPort()), streamCount, System.out);
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static boolean isLoopback(URI uri) {
        try {
            return uri.getHost() != null && java.net.InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private int run(Emulator emulator, InetSocketAddress address, int streamCount, PrintStream out)
            throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        BenchSetup.Target target = BenchSetup.prepare(address, EmulatorOptions.DEFAULT_ACCOUNT,
                EmulatorOptions.DEFAULT_ACCESS_KEY, EmulatorOptions.DEFAULT_SECRET_KEY,
                EmulatorOptions.DEFAULT_REGION, streamCount, sessions, runId);
        byte[][] lines = FlowLogLines.generate(batchSize, seed);
        long lineBytes = 0;
        for (byte[] l : lines) {
            lineBytes += l.length;
        }
        out.printf(Locale.ROOT, "flowsim bench ingest: %s, %d connection(s), %d event(s) per request of %.1f bytes "
                        + "on average, warm-up %d s, measured %d s%n",
                emulator == null ? "emulator at " + address : "in-process emulator on " + emulator.endpoint(),
                connections, batchSize, (double) lineBytes / batchSize, warmupSeconds, durationSeconds);
        out.printf(Locale.ROOT, "  %,d stream(s), signing as %d assumed-role session(s) with the flow-logs "
                + "permissions policy (IAM evaluated)%n", streamCount, sessions);

        AtomicLong expired = new AtomicLong();
        ScheduledExecutorService trimmer = null;
        if (emulator != null && keepSeconds > 0) {
            LogGroup group = emulator.logs().group(EmulatorOptions.DEFAULT_ACCOUNT, target.region(),
                    target.logGroup()).orElseThrow();
            trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-retention");
                t.setDaemon(true);
                return t;
            });
            trimmer.scheduleAtFixedRate(() -> expired.addAndGet(
                    group.expireBefore(System.currentTimeMillis() - keepSeconds * 1000L)), 250, 250, TimeUnit.MILLISECONDS);
        }
        CpuMeter cpu = new CpuMeter();
        AtomicReference<CpuMeter.Snapshot> measureStart = new AtomicReference<>();
        IngestLoad load = new IngestLoad(address, target, new IngestLoad.Settings(connections, batchSize,
                warmupSeconds * 1000L, durationSeconds * 1000L, seed));
        IngestLoad.Result result = load.run(() -> measureStart.set(cpu.snapshot()));
        CpuMeter.Snapshot end = cpu.snapshot();
        if (trimmer != null) {
            trimmer.shutdown();
            trimmer.awaitTermination(10, TimeUnit.SECONDS);
        }
        CpuMeter.Snapshot used = measureStart.get() == null ? null : end.minus(measureStart.get());
        IngestReport.print(out, result, used, emulator != null);
        return verify(emulator, address, target, result, expired.get(), out) && result.errors() == 0 ? 0 : 1;
    }

    private static boolean verify(Emulator emulator, InetSocketAddress address, BenchSetup.Target target,
                                  IngestLoad.Result result, long expired, PrintStream out) throws Exception {
        if (emulator != null) {
            long stored = emulator.logs().eventCount(EmulatorOptions.DEFAULT_ACCOUNT, target.region(),
                    target.logGroup());
            boolean ok = stored + expired == result.acknowledgedEvents();
            out.printf(Locale.ROOT, "  verified     %s: stored %,d + expired by --keep-seconds %,d %s acknowledged "
                    + "%,d events%n", ok ? "OK" : "MISMATCH", stored, expired, ok ? "==" : "!=",
                    result.acknowledgedEvents());
            return ok;
        }
        long storedBytes = BenchSetup.storedBytes(address, target);
        boolean ok = storedBytes == result.acknowledgedMessageBytes();
        out.printf(Locale.ROOT, "  verified     %s: storedBytes %,d %s acknowledged message bytes %,d (%,d events)%n",
                ok ? "OK" : "MISMATCH", storedBytes, ok ? "==" : "!=", result.acknowledgedMessageBytes(),
                result.acknowledgedEvents());
        return ok;
    }
}
