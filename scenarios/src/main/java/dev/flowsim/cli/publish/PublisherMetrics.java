package dev.flowsim.cli.publish;

import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.delivery.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the publisher adds to the simulator's record counters ({@code flowsim.simulator.records.*}): the delivery
 * status of each flow log as its last window ended, the windows by outcome, and how far behind the emulator's
 * clock the publisher is. A dashboard reads the status per flow log from here.
 */
public final class PublisherMetrics {

    public static final String DELIVERING = "flowsim.publisher.flowlog.delivering";
    public static final String WINDOWS = "flowsim.publisher.flowlog.windows";
    public static final String LAST_WINDOW_END = "flowsim.publisher.last.window.end";
    public static final String SKIPPED = "flowsim.publisher.windows.skipped";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> delivering = new ConcurrentHashMap<>();
    private final AtomicLong lastWindowEndSeconds = new AtomicLong();
    private final Counter skipped;

    public PublisherMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        Gauge.builder(LAST_WINDOW_END, lastWindowEndSeconds, AtomicLong::doubleValue)
                .description("end of the last delivered window, simulated epoch seconds").register(registry);
        this.skipped = Counter.builder(SKIPPED)
                .description("windows never generated because the emulator's clock ran too far ahead")
                .register(registry);
    }

    /** Records one delivered window: each flow log's outcome and whether it is delivering (1) or failing (0). */
    public void record(WindowReport report) {
        lastWindowEndSeconds.set(report.window().end().getEpochSecond());
        for (FlowLogWindowResult result : report.flowLogs()) {
            boolean success = result.outcome() == Outcome.SUCCESS;
            gaugeFor(result).set(success ? 1 : 0);
            Counter.builder(WINDOWS).description("windows delivered per flow log, by outcome")
                    .tag("flowLogId", result.flowLogId())
                    .tag("logGroup", String.valueOf(result.logGroupName()))
                    .tag("outcome", result.outcome().name())
                    .register(registry).increment();
        }
    }

    public void skipped(long windows) {
        skipped.increment(windows);
    }

    private AtomicLong gaugeFor(FlowLogWindowResult result) {
        return delivering.computeIfAbsent(result.flowLogId(), id -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(DELIVERING, value, AtomicLong::doubleValue)
                    .description("1 while the flow log's last window was delivered (SUCCESS), 0 while it fails")
                    .tag("flowLogId", id)
                    .tag("logGroup", String.valueOf(result.logGroupName()))
                    .register(registry);
            return value;
        });
    }
}
