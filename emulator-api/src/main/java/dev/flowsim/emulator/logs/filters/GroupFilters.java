package dev.flowsim.emulator.logs.filters;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The metric and subscription filters of one log group. Changes are serialised on this object; ingestion reads
 * immutable snapshots without locking, so a PutLogEvents never waits for a PutMetricFilter.
 */
public final class GroupFilters {

    /** How a put ended. */
    public enum PutResult { CREATED, REPLACED, LIMIT_EXCEEDED }

    private final FilterLimits limits;
    // Guarded by this; sorted by name, the order Describe* lists them in (ASCII, as String compares).
    private final TreeMap<String, MetricFilter> metrics = new TreeMap<>();
    private final TreeMap<String, SubscriptionFilter> subscriptions = new TreeMap<>();
    private volatile List<MetricFilter> metricSnapshot = List.of();
    private volatile List<SubscriptionFilter> subscriptionSnapshot = List.of();

    GroupFilters(FilterLimits limits) {
        this.limits = limits;
    }

    /** Adds or replaces a metric filter unless that would break a quota; on replacement the old one is returned. */
    public synchronized PutOutcome<MetricFilter> putMetricFilter(MetricFilter filter) {
        PutOutcome<MetricFilter> outcome = put(metrics, filter, limits.maxMetricFilters());
        metricSnapshot = List.copyOf(metrics.values());
        return outcome;
    }

    public synchronized PutOutcome<SubscriptionFilter> putSubscriptionFilter(SubscriptionFilter filter) {
        PutOutcome<SubscriptionFilter> outcome = put(subscriptions, filter, limits.maxSubscriptionFilters());
        subscriptionSnapshot = List.copyOf(subscriptions.values());
        return outcome;
    }

    /** Whether putting the subscription filter now would stay within the quotas (checked again by the put). */
    public synchronized boolean subscriptionFilterFits(SubscriptionFilter filter) {
        return fits(subscriptions, filter, limits.maxSubscriptionFilters());
    }

    private <F extends GroupFilter> PutOutcome<F> put(TreeMap<String, F> filters, F filter, int max) {
        if (!fits(filters, filter, max)) {
            return new PutOutcome<>(PutResult.LIMIT_EXCEEDED, null);
        }
        F previous = filters.put(filter.filterName(), filter);
        return new PutOutcome<>(previous == null ? PutResult.CREATED : PutResult.REPLACED, previous);
    }

    private <F extends GroupFilter> boolean fits(TreeMap<String, F> filters, F filter, int max) {
        F previous = filters.get(filter.filterName());
        if (previous == null && filters.size() >= max) {
            return false;
        }
        boolean addsRegex = filter.compiled().usesRegex() && (previous == null || !previous.compiled().usesRegex());
        return !addsRegex || regexFilters() < limits.maxRegexFilters();
    }

    private long regexFilters() {
        return metrics.values().stream().filter(f -> f.compiled().usesRegex()).count()
                + subscriptions.values().stream().filter(f -> f.compiled().usesRegex()).count();
    }

    public synchronized Optional<MetricFilter> deleteMetricFilter(String name) {
        MetricFilter removed = metrics.remove(name);
        metricSnapshot = List.copyOf(metrics.values());
        return Optional.ofNullable(removed);
    }

    public synchronized Optional<SubscriptionFilter> deleteSubscriptionFilter(String name) {
        SubscriptionFilter removed = subscriptions.remove(name);
        subscriptionSnapshot = List.copyOf(subscriptions.values());
        return Optional.ofNullable(removed);
    }

    /** The metric filters, sorted by name (an immutable snapshot). */
    public List<MetricFilter> metricFilters() {
        return metricSnapshot;
    }

    /** The subscription filters, sorted by name (an immutable snapshot). */
    public List<SubscriptionFilter> subscriptionFilters() {
        return subscriptionSnapshot;
    }

    public boolean isEmpty() {
        return metricSnapshot.isEmpty() && subscriptionSnapshot.isEmpty();
    }

    /** Filters whose name sorts after {@code after} (null: from the start), as a sorted map for paging. */
    public static <F extends GroupFilter> NavigableMap<String, F> byName(List<F> filters, String after) {
        TreeMap<String, F> sorted = new TreeMap<>();
        filters.forEach(f -> sorted.put(f.filterName(), f));
        return after == null ? sorted : sorted.tailMap(after, false);
    }

    /** The result of a put: what happened and the filter it replaced (null unless REPLACED). */
    public record PutOutcome<F>(PutResult result, F replaced) {
    }
}
