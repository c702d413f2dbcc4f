package dev.flowsim.simulator.accounting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Micrometer counters mirroring the accounting: records generated, delivered, rejected and dropped by reason. */
public final class DeliveryMetrics {

    public static final String GENERATED = "flowsim.simulator.records.generated";
    public static final String DELIVERED = "flowsim.simulator.records.delivered";
    public static final String REJECTED = "flowsim.simulator.records.rejected";
    public static final String DROPPED = "flowsim.simulator.records.dropped";
    public static final String RETRIES = "flowsim.simulator.calls.retried";

    private final MeterRegistry registry;
    private final Counter generated;
    private final Counter delivered;
    private final Map<RejectReason, Counter> rejected = new EnumMap<>(RejectReason.class);
    private final Map<DropReason, Counter> dropped = new EnumMap<>(DropReason.class);

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.generated = Counter.builder(GENERATED).description("flow-log records generated").register(registry);
        this.delivered = Counter.builder(DELIVERED).description("records accepted by PutLogEvents")
                .register(registry);
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, Counter.builder(REJECTED).tag("reason", reason.name())
                    .description("records refused individually by PutLogEvents").register(registry));
        }
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, Counter.builder(DROPPED).tag("reason", reason.name())
                    .description("records given up without delivery").register(registry));
        }
    }

    /** Adds a settled window's counts. */
    public void record(Accounting window) {
        generated.increment(window.generated());
        delivered.increment(window.delivered());
        window.rejected().forEach((reason, count) -> rejected.get(reason).increment(count));
        window.dropped().forEach((reason, count) -> dropped.get(reason).increment(count));
    }

    /** Counts one retry of an AWS call, tagged with the operation and the error code that caused it. */
    public void retried(String operation, String errorCode) {
        Counter.builder(RETRIES).tag("operation", operation).tag("errorCode", errorCode)
                .description("AWS calls repeated after a retryable error").register(registry).increment();
    }
}
