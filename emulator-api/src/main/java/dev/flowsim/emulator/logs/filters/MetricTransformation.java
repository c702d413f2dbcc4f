package dev.flowsim.emulator.logs.filters;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a metric filter publishes for each matching event: {@code metricValue} is a number or a reference to an
 * extracted field ({@code $bytes}, {@code $.latency}, {@code $3}); dimension values are such references too.
 *
 * @param defaultValue published once per stored batch in which nothing matched; null for none
 * @param unit         a CloudWatch standard unit, null when not given
 * @param dimensions   dimension name to field reference, sorted by name (empty for none)
 */
public record MetricTransformation(String metricName, String metricNamespace, String metricValue,
                                   Double defaultValue, String unit, Map<String, String> dimensions) {

    public MetricTransformation {
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(metricNamespace, "metricNamespace");
        Objects.requireNonNull(metricValue, "metricValue");
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions == null ? Map.of() : dimensions));
    }

    /** True when the value is taken from the event rather than a literal. */
    public boolean valueIsReference() {
        return metricValue.startsWith("$");
    }
}
