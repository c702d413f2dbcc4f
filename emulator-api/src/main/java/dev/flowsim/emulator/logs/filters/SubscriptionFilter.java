package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.filter.FilterPattern;

/**
 * One subscription filter of a log group.
 *
 * @param roleArn       the role CloudWatch Logs assumes to write to the destination; null when not given
 * @param distribution  {@code ByLogStream} (the default) or {@code Random}
 * @param creationTime  epoch milliseconds
 */
public record SubscriptionFilter(String filterName, String filterPattern, FilterPattern compiled,
                                 String destinationArn, String roleArn, String distribution, long creationTime)
        implements GroupFilter {
}
