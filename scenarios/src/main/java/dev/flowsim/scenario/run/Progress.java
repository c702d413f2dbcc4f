package dev.flowsim.scenario.run;

import dev.flowsim.simulator.accounting.Accounting;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Tells a person how a run is going: on a terminal, one line rewritten in place; otherwise a plain line at most every
 * few seconds (and none for short runs), so CI logs stay readable.
 */
public final class Progress {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long startedNanos = System.nanoTime();
    private long lastPlain = System.nanoTime();
    private boolean lineOpen;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** No output at all. */
    public static Progress silent() {
        return new Progress(null, false);
    }

    void update(String scenario, Instant simulated, Accounting totals) {
        if (out == null) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        long failed = totals.rejectedTotal() + totals.droppedTotal();
        String line = String.format("%s  sim %s  generated %d  delivered %d  failed %d  %.0f records/s", scenario,
                simulated, totals.generated(), totals.delivered(), failed, totals.generated() / seconds);
        if (terminal) {
            out.print("\r\033[2K" + line);
            out.flush();
            lineOpen = true;
        } else if (System.nanoTime() - lastPlain >= PLAIN_EVERY_NANOS) {
            out.println(line);
            lastPlain = System.nanoTime();
        }
    }

    void done() {
        if (out != null && lineOpen) {
            out.print("\r\033[2K");
            out.flush();
            lineOpen = false;
        }
    }
}
