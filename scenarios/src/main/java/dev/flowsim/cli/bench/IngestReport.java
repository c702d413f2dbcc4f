package dev.flowsim.cli.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints an ingest run's figures. */
final class IngestReport {

    private IngestReport() {
    }

    static void print(PrintStream out, IngestLoad.Result r, CpuMeter.Snapshot cpu, boolean inProcess) {
        double seconds = cpu == null ? 0 : cpu.wallNanos() / 1e9;
        if (seconds <= 0 || r.requests() == 0) {
            out.println("  no request completed in the measured window"
                    + (r.firstError() == null ? "" : "; first error: " + r.firstError()));
            return;
        }
        out.printf(Locale.ROOT, "  requests     %,d in %.2f s: %,.0f requests/s; errors %,d%n", r.requests(), seconds,
                r.requests() / seconds, r.errors());
        out.printf(Locale.ROOT, "  events       %,d: %,.0f events/s%n", r.events(), r.events() / seconds);
        out.printf(Locale.ROOT, "  throughput   %.1f MB/s of messages, %.1f MB/s of request bodies (MB = 10^6 bytes)%n",
                r.messageBytes() / seconds / 1e6, r.bodyBytes() / seconds / 1e6);
        LatencyRecorder.Percentiles p = r.latency();
        out.printf(Locale.ROOT, "  latency ms   p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (%,d samples)%n",
                p.p50() / 1e6, p.p90() / 1e6, p.p99() / 1e6, p.max() / 1e6, p.samples());
        if (inProcess) {
            out.printf(Locale.ROOT, "  server CPU   %,.0f ns/event in the emulator's threads (%.2f cores); process "
                            + "(client + server + GC + JIT) %,.0f ns/event (%.2f cores)%n",
                    (double) cpu.serverThreads() / r.events(), cpu.serverThreads() / (double) cpu.wallNanos(),
                    (double) cpu.process() / r.events(), cpu.process() / (double) cpu.wallNanos());
        } else {
            out.println("  server CPU   not measured: the emulator runs in another process");
        }
        if (r.firstError() != null) {
            out.println("  first error  " + r.firstError());
        }
    }
}
