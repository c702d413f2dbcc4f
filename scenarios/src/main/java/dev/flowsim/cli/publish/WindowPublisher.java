package dev.flowsim.cli.publish;

import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers every window that is due on the emulator's clock, for both aggregation intervals Flow Logs offers
 * (60 and 600 seconds), oldest first. Each call of {@link #deliverDue} reads the emulator's clock once.
 */
public final class WindowPublisher {

    /** The two aggregation intervals of VPC Flow Logs. */
    public static final List<Duration> INTERVALS = List.of(Duration.ofSeconds(60), Duration.ofSeconds(600));

    private final FlowLogsService flowLogs;
    private final EmulatorClock clock;
    private final PublisherMetrics metrics;
    private final PrintStream out;
    private final long maxCatchUp;
    private final Duration windowTimeout;
    private final Duration deliveryDelay;
    private List<WindowSchedule> schedules;
    private long windowsDelivered;

    /**
     * @param maxCatchUp    at most this many due windows per interval are delivered after a pause; older ones are
     *                      skipped (never generated, so no record is lost) and counted
     * @param windowTimeout real-time limit for one window's delivery
     */
    public WindowPublisher(FlowLogsService flowLogs, EmulatorClock clock, Duration deliveryDelay,
                           PublisherMetrics metrics, PrintStream out, long maxCatchUp, Duration windowTimeout) {
        this.flowLogs = Objects.requireNonNull(flowLogs, "flowLogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deliveryDelay = Objects.requireNonNull(deliveryDelay, "deliveryDelay");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.out = Objects.requireNonNull(out, "out");
        if (maxCatchUp < 1) {
            throw new IllegalArgumentException("maxCatchUp must be at least 1, got " + maxCatchUp);
        }
        this.maxCatchUp = maxCatchUp;
        this.windowTimeout = Objects.requireNonNull(windowTimeout, "windowTimeout");
    }

    /** Windows delivered so far (a window with no flow log to deliver counts too). */
    public long windowsDelivered() {
        return windowsDelivered;
    }

    /**
     * Reads the emulator's clock and delivers what is due, stopping early once {@code limit} windows (0: no limit)
     * have been delivered in total.
     *
     * @throws Exception when the emulator cannot be read or a window's delivery fails; that window is tried again
     *                   on the next call
     */
    public void deliverDue(long limit) throws Exception {
        Instant now = clock.sync();
        if (schedules == null) {
            schedules = INTERVALS.stream().map(i -> new WindowSchedule(i, deliveryDelay, now)).toList();
            out.println("publishing windows from " + schedules.get(0).next() + " (emulator time " + now
                    + "); each is delivered " + deliveryDelay.toSeconds() + " s after it closes");
            out.flush();
        }
        for (WindowSchedule schedule : schedules) {
            long skipped = schedule.skipKeeping(now, maxCatchUp);
            if (skipped > 0) {
                metrics.skipped(skipped);
                out.println("skipped " + skipped + " " + schedule.interval().toSeconds() + "-second windows: the "
                        + "emulator's clock ran ahead of this publisher; their traffic was never generated");
            }
        }
        while (limit == 0 || windowsDelivered < limit) {
            WindowSchedule oldest = oldestDue(now);
            if (oldest == null) {
                return;
            }
            deliver(oldest);
        }
    }

    private WindowSchedule oldestDue(Instant now) {
        WindowSchedule oldest = null;
        for (WindowSchedule schedule : schedules) {
            if (schedule.dueCount(now) > 0 && (oldest == null || schedule.next().isBefore(oldest.next()))) {
                oldest = schedule;
            }
        }
        return oldest;
    }

    private void deliver(WindowSchedule schedule) throws InterruptedException, ExecutionException, TimeoutException {
        WindowReport report = flowLogs.deliverWindow(schedule.next(), schedule.interval())
                .get(windowTimeout.toMillis(), TimeUnit.MILLISECONDS);
        schedule.advance();
        windowsDelivered++;
        metrics.record(report);
        for (FlowLogWindowResult result : report.flowLogs()) {
            out.printf("%s  %s  %5d generated %5d delivered %5d rejected %5d dropped%s  %s%s%n", report.window(),
                    result.flowLogId(), result.generated(), result.delivered(), result.rejected(), result.dropped(),
                    result.carried() == 0 && result.fromEarlier() == 0 ? "" : String.format(
                            " (%d from earlier windows, %d carried to the next)", result.fromEarlier(),
                            result.carried()),
                    result.outcome(), result.firstFailure().map(f -> "  (" + f.operation() + ": " + f.errorCode()
                            + ")").orElse(""));
        }
        out.flush();
    }
}
