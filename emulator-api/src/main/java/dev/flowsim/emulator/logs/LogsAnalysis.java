package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis side of CloudWatch Logs (issue 8): Logs Insights queries and TestMetricFilter today. One instance per emulator; it owns
 * the query workers.
 */
public final class LogsAnalysis {

    /** Seeds query ids, so the same run gives the same ids. */
    private static final long QUERY_ID_SEED = 0x1A5E_1A5EL;

    private final QueryRegistry queries;

    private LogsAnalysis(QueryLimits limits) {
        this.queries = new QueryRegistry(limits, QUERY_ID_SEED);
    }

    public static LogsAnalysis defaults() {
        return new LogsAnalysis(QueryLimits.defaults());
    }

    static LogsAnalysis withQueryLimits(QueryLimits limits) {
        return new LogsAnalysis(limits);
    }

    /** The service's handlers followed by the analysis handlers. */
    List<OperationHandler<?>> appendTo(List<OperationHandler<?>> handlers, LogStore store) {
        List<OperationHandler<?>> all = new ArrayList<>(handlers);
        all.add(new StartQueryHandler(store, queries));
        all.add(new GetQueryResultsHandler(queries));
        all.add(new StopQueryHandler(queries));
        all.add(new DescribeQueriesHandler(queries));
        all.add(new TestMetricFilterHandler());
        return List.copyOf(all);
    }
}
