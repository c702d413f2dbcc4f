package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.filter.PatternMatch;
import dev.flowsim.emulator.logs.store.LogGroup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes metric-filter values as Micrometer meters: one distribution summary {@value #METER} per filter and
 * dimension values, tagged {@code namespace}, {@code metric}, {@code dimensions} ("k=v,k=v", sorted; "" for none),
 * {@code unit} ("None" when not given), {@code log_group} and {@code filter}. Its {@code count} is CloudWatch's
 * SampleCount and its {@code sum} CloudWatch's Sum, so Prometheus {@code increase(flowsim_logs_metric_sum[1m])}
 * graphs "rejected SSH attempts per minute". One fixed tag set keeps every series under one Prometheus name; CloudWatch
 * aggregates filters feeding the same metric, which {@code sum without (log_group, filter)} reproduces.
 * <p>
 * Values a filter cannot publish are counted in {@value #SKIPPED} by reason: {@code not_a_number} (the referenced
 * field is missing or not numeric; CloudWatch publishes nothing for that event [U]), {@code negative} (a Micrometer
 * summary cannot hold negative values; CloudWatch can).
 */
public final class MetricFilterMeters {

    public static final String METER = "flowsim.logs.metric";
    public static final String SKIPPED = "flowsim.logs.metric.skipped";

    private record FilterKey(LogGroup group, String filterName) {
    }

    private final MeterRegistry registry;
    private final Map<FilterKey, Set<Meter.Id>> published = new ConcurrentHashMap<>();

    public MetricFilterMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes the value one matching event yields. */
    public void recordMatch(LogGroup group, MetricFilter filter, PatternMatch match) {
        MetricTransformation t = filter.transformation();
        Double value = t.valueIsReference() ? number(match.value(t.metricValue()).orElse(null))
                : number(t.metricValue());
        if (value == null) {
            skipped(group, filter, "not_a_number");
            return;
        }
        StringJoiner dimensions = new StringJoiner(",");
        for (Map.Entry<String, String> d : t.dimensions().entrySet()) {
            String resolved = d.getValue().startsWith("$") ? match.value(d.getValue()).orElse(null) : d.getValue();
            if (resolved == null) {
                skipped(group, filter, "missing_dimension");
                return;
            }
            dimensions.add(d.getKey() + "=" + resolved);
        }
        record(group, filter, dimensions.toString(), value);
    }

    /** Publishes the default value for a batch in which nothing matched (filters with dimensions have none). */
    public void recordDefault(LogGroup group, MetricFilter filter) {
        Double value = filter.transformation().defaultValue();
        if (value != null) {
            record(group, filter, "", value);
        }
    }

    private void record(LogGroup group, MetricFilter filter, String dimensions, double value) {
        if (value < 0) {
            skipped(group, filter, "negative");
            return;
        }
        MetricTransformation t = filter.transformation();
        DistributionSummary summary = DistributionSummary.builder(METER)
                .description("Values published by CloudWatch Logs metric filters")
                .tags(Tags.of("namespace", t.metricNamespace(), "metric", t.metricName(), "dimensions", dimensions,
                        "unit", t.unit() == null ? "None" : t.unit(), "log_group", group.name(),
                        "filter", filter.filterName()))
                .register(registry);
        published.computeIfAbsent(new FilterKey(group, filter.filterName()), k -> ConcurrentHashMap.newKeySet())
                .add(summary.getId());
        summary.record(value);
    }

    private void skipped(LogGroup group, MetricFilter filter, String reason) {
        Counter.builder(SKIPPED).description("Metric-filter values that could not be published, by reason")
                .tags("log_group", group.name(), "filter", filter.filterName(), "reason", reason)
                .register(registry).increment();
    }

    /** Removes every meter the filter published: its metric is gone once the filter or its group is deleted. */
    public void remove(LogGroup group, MetricFilter filter) {
        Set<Meter.Id> ids = published.remove(new FilterKey(group, filter.filterName()));
        if (ids != null) {
            ids.forEach(registry::remove);
        }
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
