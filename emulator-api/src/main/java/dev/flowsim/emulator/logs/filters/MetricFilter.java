package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.filter.FilterPattern;

/**
 * One metric filter of a log group.
 *
 * @param filterPattern  the pattern as given (DescribeMetricFilters echoes it verbatim)
 * @param compiled       the same pattern, compiled once
 * @param creationTime   epoch milliseconds of the last put under this name [U: AWS may keep the first]
 */
public record MetricFilter(String filterName, String filterPattern, FilterPattern compiled,
                           MetricTransformation transformation, long creationTime) implements GroupFilter {
}
