package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.filter.PatternMatch;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.MetricFilter;
import dev.flowsim.emulator.logs.filters.MetricFilterMeters;
import dev.flowsim.emulator.logs.filters.StoredBatchListener;
import dev.flowsim.emulator.logs.filters.SubscriptionFilter;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.subscription.SubscriptionDelivery;

import java.util.List;

/**
 * Applies a group's filters to each stored batch: metric filters at once (matching is CPU only, and a caller that
 * reads the metric right after PutLogEvents sees it), subscription filters by handing the batch to the delivery
 * executor. A group without filters costs one map lookup.
 */
final class FilterIngest implements StoredBatchListener {

    private final LogFilters filters;
    private final MetricFilterMeters meters;
    private final SubscriptionDelivery delivery;

    FilterIngest(LogFilters filters, MetricFilterMeters meters, SubscriptionDelivery delivery) {
        this.filters = filters;
        this.meters = meters;
        this.delivery = delivery;
    }

    @Override
    public void stored(LogGroup group, String stream, long ingestionTime, long serial, EventBatch batch, int from,
                       int to) {
        GroupFilters groupFilters = filters.find(group);
        if (groupFilters == null || from >= to) {
            return;
        }
        List<MetricFilter> metricFilters = groupFilters.metricFilters();
        if (!metricFilters.isEmpty()) {
            applyMetricFilters(group, metricFilters, batch, from, to);
        }
        List<SubscriptionFilter> subscriptions = groupFilters.subscriptionFilters();
        if (!subscriptions.isEmpty()) {
            delivery.submit(new SubscriptionDelivery.StoredBatch(group, stream, ingestionTime, serial, batch, from, to),
                    subscriptions);
        }
    }

    private void applyMetricFilters(LogGroup group, List<MetricFilter> metricFilters, EventBatch batch, int from,
                                    int to) {
        String[] messages = new String[to - from];
        for (int i = from; i < to; i++) {
            messages[i - from] = batch.message(i);
        }
        for (MetricFilter filter : metricFilters) {
            boolean matchedAny = false;
            for (String message : messages) {
                PatternMatch match = filter.compiled().match(message);
                if (match != null) {
                    matchedAny = true;
                    meters.recordMatch(group, filter, match);
                }
            }
            if (!matchedAny) {
                // [U] AWS publishes the default once per period in which events arrived and none matched.
                meters.recordDefault(group, filter);
            }
        }
    }
}
