package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.store.LogGroup;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The filters of every log group, keyed by the group object itself: a group deleted and created again under the same
 * name starts without filters, as in AWS. Thread-safe.
 */
public final class LogFilters {

    private final Map<LogGroup, GroupFilters> byGroup = new ConcurrentHashMap<>();
    private final FilterLimits limits;

    public LogFilters(FilterLimits limits) {
        this.limits = limits;
    }

    /** The group's filters, or null when it never had any: the cheap check ingestion makes for every batch. */
    public GroupFilters find(LogGroup group) {
        return byGroup.isEmpty() ? null : byGroup.get(group);
    }

    /** The group's filters, created empty on first use. */
    public GroupFilters of(LogGroup group) {
        return byGroup.computeIfAbsent(group, g -> new GroupFilters(limits));
    }

    public int metricFilterCount(LogGroup group) {
        GroupFilters filters = find(group);
        return filters == null ? 0 : filters.metricFilters().size();
    }

    /** Forgets a deleted group's filters and returns them (null when it had none), so their effects can be undone. */
    public GroupFilters forget(LogGroup group) {
        return byGroup.remove(group);
    }
}
