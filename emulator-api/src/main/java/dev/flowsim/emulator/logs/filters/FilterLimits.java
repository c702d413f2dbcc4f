package dev.flowsim.emulator.logs.filters;

/**
 * The per-log-group quotas on filters (reference §5).
 *
 * @param maxMetricFilters       100
 * @param maxSubscriptionFilters 2 (validated Feb 2026; newer AWS documentation mentions more, hence configurable)
 * @param maxRegexFilters        metric and subscription filters together whose pattern holds a regular expression: 5
 */
public record FilterLimits(int maxMetricFilters, int maxSubscriptionFilters, int maxRegexFilters) {

    public FilterLimits {
        if (maxMetricFilters < 0 || maxSubscriptionFilters < 0 || maxRegexFilters < 0) {
            throw new IllegalArgumentException("filter limits cannot be negative");
        }
    }

    public static FilterLimits defaults() {
        return new FilterLimits(100, 2, 5);
    }
}
