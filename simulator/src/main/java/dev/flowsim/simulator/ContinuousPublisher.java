package dev.flowsim.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs the Flow Logs service for as long as the emulator runs: on its own thread it watches the (simulated, usually
 * scaled) clock and delivers each aggregation window of every flow log as soon as the window has closed and AWS's
 * delivery delay has passed, so {@code flowsim serve --clock-speed 60} shows records within seconds of a flow log's
 * creation. Windows are delivered in order, one at a time; a window whose delivery fails is reported and skipped, and
 * the next one is tried on schedule.
 */
public final class ContinuousPublisher implements AutoCloseable {

    /** The aggregation intervals AWS offers for flow logs. */
    public static final List<Duration> INTERVALS = List.of(Duration.ofSeconds(60), Duration.ofSeconds(600));

    private final FlowLogsService service;
    private final Clock clock;
    private final Duration pollEvery;
    private final Duration deliveryTimeout;
    private final Consumer<WindowReport> onWindow;
    private final Consumer<String> onProblem;
    private final ScheduledExecutorService thread;
    private final List<Instant> nextWindowStart = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param pollEvery       how often (real time) the clock is looked at
     * @param deliveryTimeout the longest (real time) one window's delivery may take before it is given up
     * @param onWindow        told about every delivered window that concerned at least one flow log
     * @param onProblem       told when a window could not be delivered at all (e.g. the emulator did not answer)
     */
    public ContinuousPublisher(FlowLogsService service, Clock clock, Duration pollEvery, Duration deliveryTimeout,
                               Consumer<WindowReport> onWindow, Consumer<String> onProblem) {
        this.service = service;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.deliveryTimeout = deliveryTimeout;
        this.onWindow = onWindow;
        this.onProblem = onProblem;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "flowsim-publisher");
            t.setDaemon(true);
            return t;
        });
        Instant now = clock.instant();
        for (Duration interval : INTERVALS) {
            nextWindowStart.add(floor(now, interval));
        }
    }

    /** Starts watching the clock; windows that began before now are delivered when due, like any other. */
    public ContinuousPublisher start() {
        thread.scheduleWithFixedDelay(this::deliverDueWindows, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Delivers every window that is due by the clock, oldest first, for each interval. */
    void deliverDueWindows() {
        for (int i = 0; i < INTERVALS.size(); i++) {
            Duration interval = INTERVALS.get(i);
            while (!stopping && !service.deliveryDueAt(nextWindowStart.get(i), interval).isAfter(clock.instant())) {
                Instant windowStart = nextWindowStart.get(i);
                nextWindowStart.set(i, windowStart.plus(interval));
                deliver(windowStart, interval);
            }
        }
    }

    private void deliver(Instant windowStart, Duration interval) {
        try {
            WindowReport report = service.deliverWindow(windowStart, interval)
                    .get(deliveryTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!report.flowLogs().isEmpty()) {
                onWindow.accept(report);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            onProblem.accept("window " + windowStart + " (" + interval.toSeconds() + " s) not delivered within "
                    + deliveryTimeout.toSeconds() + " s; skipped");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            onProblem.accept("window " + windowStart + " (" + interval.toSeconds() + " s) not delivered: "
                    + cause.getMessage());
        }
    }

    static Instant floor(Instant t, Duration interval) {
        long seconds = interval.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
    }

    /**
     * Stops taking new windows and waits (up to {@code wait}, real time) for the one in flight to settle, so that
     * every record it generated is accounted for; {@link #close} instead interrupts it.
     *
     * @return whether the window in flight (if any) settled within {@code wait}
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopping = true;
        thread.shutdown();
        return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
