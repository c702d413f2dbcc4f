package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.logs.filters.FilterLimits;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.MetricFilterMeters;
import dev.flowsim.emulator.logs.filters.StoredBatchListener;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.subscription.DeliverySettings;
import dev.flowsim.emulator.logs.subscription.DestinationRoleCheck;
import dev.flowsim.emulator.logs.subscription.SubscriptionDelivery;
import dev.flowsim.emulator.logs.subscription.SubscriptionDestinations;
import dev.flowsim.emulator.service.OperationHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis side of CloudWatch Logs (issue 8): Logs Insights queries, TestMetricFilter, metric filters (values in
 * Micrometer) and subscription filters (delivery to local Firehose stand-ins). One instance per emulator; it owns the
 * query workers and the delivery executor, which {@link #close()} stops.
 */
public final class LogsAnalysis implements AutoCloseable {

    /** Seeds query ids, so the same run gives the same ids. */
    private static final long QUERY_ID_SEED = 0x1A5E_1A5EL;

    /**
     * What the filters are wired to.
     *
     * @param meters       where metric-filter values and delivery counters go ({@code Emulator.meters()})
     * @param iam          whose roles subscription deliveries assume
     * @param decisions    where the role checks of deliveries are recorded with their explanations
     * @param destinations what Firehose delivery streams write to
     * @param clock        the simulated clock (object keys, control-message timestamps)
     * @param seed         seeds object and request ids
     */
    public record Wiring(MeterRegistry meters, IamState iam, DecisionLog decisions,
                         SubscriptionDestinations destinations, Clock clock, long seed) {
    }

    private final QueryRegistry queries;
    private final LogFilters filters;
    private final MetricFilterMeters metricMeters;
    private final SubscriptionDelivery delivery;
    private final FilterIngest ingest;

    private LogsAnalysis(QueryLimits limits, Wiring wiring, FilterLimits filterLimits, DeliverySettings settings) {
        this.queries = new QueryRegistry(limits, QueryTiming.defaults(), QUERY_ID_SEED);
        this.filters = new LogFilters(filterLimits);
        this.metricMeters = new MetricFilterMeters(wiring.meters());
        this.delivery = new SubscriptionDelivery(wiring.destinations(),
                new DestinationRoleCheck(wiring.iam(), new PolicyEvaluator(), wiring.decisions()), wiring.clock(),
                wiring.seed(), wiring.meters(), settings);
        this.ingest = new FilterIngest(filters, metricMeters, delivery);
    }

    /** Standalone: its own meter registry, no roles and no destinations (tests and in-process use). */
    public static LogsAnalysis defaults() {
        return create(standalone());
    }

    private static Wiring standalone() {
        return new Wiring(new SimpleMeterRegistry(), new IamState(), new DecisionLog(1_000),
                new SubscriptionDestinations(), Clock.systemUTC(), 42L);
    }

    public static LogsAnalysis create(Wiring wiring) {
        return new LogsAnalysis(QueryLimits.defaults(), wiring, FilterLimits.defaults(), DeliverySettings.defaults());
    }

    public static LogsAnalysis create(Wiring wiring, FilterLimits filterLimits, DeliverySettings settings) {
        return new LogsAnalysis(QueryLimits.defaults(), wiring, filterLimits, settings);
    }

    static LogsAnalysis withQueryLimits(QueryLimits limits) {
        return new LogsAnalysis(limits, standalone(), FilterLimits.defaults(), DeliverySettings.defaults());
    }

    /** The simulated times of the Logs Insights query lifecycle. */
    public QueryTiming queryTiming() {
        return queries.timing();
    }

    /** Changes the simulated query timings; queries already started keep theirs. */
    public void queryTiming(QueryTiming timing) {
        queries.timing(timing);
    }

    /** Told of every stored PutLogEvents batch. */
    StoredBatchListener ingestListener() {
        return ingest;
    }

    int metricFilterCount(LogGroup group) {
        return filters.metricFilterCount(group);
    }

    /** A deleted group's filters go with it, and so do the meters its metric filters published. */
    void groupDeleted(LogGroup group) {
        var removed = filters.forget(group);
        if (removed != null) {
            removed.metricFilters().forEach(f -> metricMeters.remove(group, f));
        }
    }

    /** The service's handlers followed by the analysis handlers. */
    List<OperationHandler<?>> appendTo(List<OperationHandler<?>> handlers, LogStore store) {
        List<OperationHandler<?>> all = new ArrayList<>(handlers);
        all.add(new StartQueryHandler(store, queries));
        all.add(new GetQueryResultsHandler(queries));
        all.add(new StopQueryHandler(queries));
        all.add(new DescribeQueriesHandler(queries));
        all.add(new TestMetricFilterHandler());
        all.add(new PutMetricFilterHandler(store, filters, metricMeters));
        all.add(new DescribeMetricFiltersHandler(store, filters));
        all.add(new DeleteMetricFilterHandler(store, filters, metricMeters));
        all.add(new PutSubscriptionFilterHandler(store, filters, delivery));
        all.add(new DescribeSubscriptionFiltersHandler(store, filters));
        all.add(new DeleteSubscriptionFilterHandler(store, filters));
        return List.copyOf(all);
    }

    /** Stops the delivery executor (queued deliveries get a few seconds; the rest are counted as failed). */
    @Override
    public void close() {
        delivery.close();
    }
}
