package dev.flowsim.emulator.logs.filter;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A message that matched, with the values a metric filter may take as its metric value or dimensions:
 * {@code $.path.to.value} for JSON patterns, {@code $name} or {@code $3} (1-based position) for space-delimited ones.
 */
public final class PatternMatch {

    static final PatternMatch NO_FIELDS = new PatternMatch(ref -> null, Map.of());

    private final Function<String, String> resolver;
    private final Map<String, String> extracted;

    PatternMatch(Function<String, String> resolver, Map<String, String> extracted) {
        this.resolver = resolver;
        this.extracted = extracted;
    }

    /** The value a reference such as {@code $bytes} or {@code $.latency} names in the matched message. */
    public Optional<String> value(String reference) {
        return Optional.ofNullable(resolver.apply(reference));
    }

    /** The named values of a space-delimited match as TestMetricFilter reports them ({@code $name → value}). */
    public Map<String, String> extractedValues() {
        return extracted;
    }
}
