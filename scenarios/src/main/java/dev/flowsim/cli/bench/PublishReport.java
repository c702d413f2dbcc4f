package dev.flowsim.cli.bench;

import dev.flowsim.simulator.accounting.Accounting;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of {@code flowsim bench publish}. "Keeps up" means the delivery lag does not grow over the run (the
 * mean lag of the last third of the windows is within one window of the first third's), at least two windows were
 * delivered within the run, and at most one window was due but undelivered at the end. The books balance when generated = delivered + rejected + dropped + pending (still in the
 * carry-over buffer) over the run,
 * the per-window reports add up to the service's totals, and the emulator holds (or expired) exactly the delivered
 * records.
 */
record PublishReport(List<PublishRun.WindowStat> windows, Accounting totals, long backlogWindows, long[] lagTrend,
                     CpuMeter.Snapshot cpu, Duration simulated, long runWallNanos, int deliveredInTime, long stored, long expired, boolean settled,
                     double clockSpeed, Duration window) {

    /** @return true when the publisher kept up and the books balance */
    boolean print(PrintStream out, String problems) {
        double wallSeconds = runWallNanos / 1e9;
        long generated = windows.stream().mapToLong(PublishRun.WindowStat::generated).sum();
        long delivered = windows.stream().mapToLong(PublishRun.WindowStat::delivered).sum();
        long rejected = windows.stream().mapToLong(PublishRun.WindowStat::rejected).sum();
        long dropped = windows.stream().mapToLong(PublishRun.WindowStat::dropped).sum();
        out.printf(Locale.ROOT, "  time         %.1f simulated minutes in %.1f s real (%.1fx)%n",
                simulated.toMillis() / 60_000.0, wallSeconds, simulated.toMillis() / 1000.0 / wallSeconds);
        out.printf(Locale.ROOT, "  windows      %d delivered within the run, %d in all; %,d records per window on "
                + "average%n", deliveredInTime, windows.size(), windows.isEmpty() ? 0 : generated / windows.size());
        // Rates over the whole real time the records took, settling the window in flight at the end included.
        double settleSeconds = cpu.wallNanos() / 1e9;
        out.printf(Locale.ROOT, "  records      %,d generated, %,d delivered in %.1f s real (%,.0f/s), %,d rejected, "
                + "%,d dropped%n", generated, delivered, settleSeconds, delivered / settleSeconds, rejected, dropped);
        long[] lags = windows.stream().mapToLong(PublishRun.WindowStat::lagSimMillis).sorted().toArray();
        out.printf(Locale.ROOT, "  lag          after window end + delivery delay, simulated s (real ms): p50 %s, "
                + "p90 %s, p99 %s, max %s%n", lag(lags, 0.50), lag(lags, 0.90), lag(lags, 0.99), lag(lags, 1.0));
        out.printf(Locale.ROOT, "  lag trend    first third %.1f s, last third %.1f s (simulated)%n",
                lagTrend[0] / 1000.0, lagTrend[1] / 1000.0);
        out.printf(Locale.ROOT, "  backlog      %d window(s) due but not delivered at the end%s%n", backlogWindows,
                settled ? "" : "; the window in flight did not settle in time");
        out.printf(Locale.ROOT, "  cpu          %,.0f ns per generated record (process, settling the last window "
                        + "included), %.2f cores busy%n",
                generated == 0 ? 0.0 : (double) cpu.process() / generated, cpu.process() / (double) cpu.wallNanos());
        out.print(problems);

        List<String> broken = new ArrayList<>();
        if (!totals.isBalanced()) {
            broken.add("service totals " + totals + " do not balance");
        }
        if (generated != totals.generated() || delivered != totals.delivered()) {
            broken.add("window reports (" + generated + " generated, " + delivered + " delivered) differ from the "
                    + "service totals " + totals);
        }
        // Summed over the run, what the windows carried less what they took back is still in the carry-over buffer.
        long pending = totals.netCarried();
        if (generated != delivered + rejected + dropped + pending) {
            broken.add("generated " + generated + " != delivered + rejected + dropped + pending " + pending);
        }
        if (stored + expired != delivered) {
            broken.add("the emulator holds " + stored + " + expired " + expired + " != delivered " + delivered);
        }
        out.printf(Locale.ROOT, "  accounting   %s: generated %,d = delivered %,d + rejected %,d + dropped %,d; "
                        + "emulator stored %,d + expired %,d = delivered%n", broken.isEmpty() ? "OK" : "BROKEN",
                generated, delivered, rejected, dropped, stored, expired);
        broken.forEach(b -> out.println("               " + b));
        boolean bounded = lagTrend[1] <= lagTrend[0] + window.toMillis();
        // A trend needs windows to compare: fewer than two delivered within the run is not keeping up.
        boolean keepsUp = deliveredInTime >= 2 && bounded && backlogWindows <= 1 && settled;
        out.printf(Locale.ROOT, "  keeps up     %s (lag %s, backlog %s)%n", keepsUp ? "YES" : "NO",
                deliveredInTime < 2 ? "trend unknown: fewer than two windows in the run"
                        : bounded ? "bounded" : "growing", backlogWindows <= 1 ? "within one window" : "more than one window");
        return keepsUp && broken.isEmpty();
    }

    private String lag(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1));
        long ms = sorted[index];
        return String.format(Locale.ROOT, "%.1f (%.0f)", ms / 1000.0, ms / clockSpeed);
    }
}
