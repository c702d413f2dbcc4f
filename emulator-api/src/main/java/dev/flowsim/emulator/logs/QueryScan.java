package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.PartitionedRows;
import dev.flowsim.emulator.logs.insights.PartitionedStats;
import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.insights.QueryEngine;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.insights.RowPrecheck;
import dev.flowsim.emulator.logs.store.LogGroup;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Runs one query over the store: a {@code stats} of counts ({@link PartitionedStats}) and raw rows cut by
 * {@code sort | limit}, {@code limit} or the result cap (also after a final {@code sort}) ({@link PartitionedRows})
 * scan the streams in parallel, no merge needed; everything else reads the streams merged newest first on the calling
 * thread, because {@code dedup}, a {@code sort} followed by other commands, {@code earliest}/{@code latest} and
 * floating-point sums depend on that order.
 */
final class QueryScan {

    private QueryScan() {
    }

    /**
     * @param helpers     runs up to {@code helperCount} extra scanners next to the calling thread (the query workers;
     *                    never a Netty event loop)
     * @param ingestedBy  only events ingested by then count (the query's start, simulated epoch milliseconds)
     */
    static QueryResult run(Query query, List<LogGroup> groups, long startMillis, long endMillisInclusive,
                           long ingestedBy, int maxRows, BooleanSupplier cancelled, Executor helpers,
                           int helperCount) {
        if (helperCount > 0 && PartitionedStats.applies(query)) {
            return PartitionedStats.run(query,
                    QueryEventSource.perStream(groups, startMillis, endMillisInclusive, ingestedBy),
                    QueryEventSource.NEWER_FIRST, maxRows, cancelled, helpers, helperCount);
        }
        if (helperCount > 0 && PartitionedRows.applies(query)) {
            return PartitionedRows.run(query,
                    QueryEventSource.perStream(groups, startMillis, endMillisInclusive, ingestedBy,
                            RowPrecheck.of(query)),
                    QueryEventSource.NEWER_FIRST, maxRows, cancelled, helpers, helperCount);
        }
        return QueryEngine.run(query,
                QueryEventSource.newestFirst(groups, startMillis, endMillisInclusive, ingestedBy), maxRows, cancelled);
    }
}
