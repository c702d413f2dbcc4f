package dev.flowsim.cli.bench;

import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.WindowReport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code flowsim bench publish} saw of each delivered window: its records and how late it settled. Lag is
 * measured on the simulated clock from the moment AWS would deliver the window (its end plus the delivery delay) to
 * the moment the publisher reported it settled.
 */
final class PublishRun {

    /** One delivered window. */
    record WindowStat(Instant windowStart, long generated, long delivered, long rejected, long dropped,
                      long lagSimMillis) {
    }

    private final Clock clock;
    private final Duration deliveryDelay;
    private final List<WindowStat> windows = new ArrayList<>();

    PublishRun(Clock clock, Duration deliveryDelay) {
        this.clock = clock;
        this.deliveryDelay = deliveryDelay;
    }

    /** Called on the publisher's thread as each window settles. */
    synchronized void settled(WindowReport report) {
        Instant due = report.window().end().plus(deliveryDelay);
        long lag = Duration.between(due, clock.instant()).toMillis();
        long generated = 0;
        long delivered = 0;
        long rejected = 0;
        long dropped = 0;
        for (FlowLogWindowResult r : report.flowLogs()) {
            generated += r.generated();
            delivered += r.delivered();
            rejected += r.rejected();
            dropped += r.dropped();
        }
        windows.add(new WindowStat(report.window().start(), generated, delivered, rejected, dropped, lag));
    }

    synchronized List<WindowStat> windows() {
        return List.copyOf(windows);
    }

    /**
     * Windows that were due by {@code end} but not yet delivered: those starting at or after {@code firstStart}
     * (the window the publisher began with) whose end plus the delivery delay has passed, less those delivered.
     */
    synchronized long backlogWindows(Instant firstStart, Instant end, Duration interval) {
        long newestDueStart = Math.floorDiv(end.minus(deliveryDelay).minus(interval).getEpochSecond(),
                interval.getSeconds()) * interval.getSeconds();
        long due = Math.max(0, (newestDueStart - firstStart.getEpochSecond()) / interval.getSeconds() + 1);
        return Math.max(0, due - windows.size());
    }

    /** Mean lag of the first and the last third of the windows (at least one each), in simulated ms. */
    synchronized long[] lagTrend() {
        int n = windows.size();
        int third = Math.max(1, n / 3);
        return new long[] {meanLag(0, Math.min(n, third)), meanLag(Math.max(0, n - third), n)};
    }

    private long meanLag(int from, int to) {
        if (to <= from) {
            return 0;
        }
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += windows.get(i).lagSimMillis();
        }
        return sum / (to - from);
    }
}
