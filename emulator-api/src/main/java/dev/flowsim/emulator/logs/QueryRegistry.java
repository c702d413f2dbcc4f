package dev.flowsim.emulator.logs;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The account's Logs Insights queries. Each scan runs on a small bounded pool of daemon threads (never on a Netty
 * event loop, never on the request's worker); the status clients see follows the simulated clock ({@link
 * QueryTiming}). Queries are forgotten once their results expire. Query ids are UUIDs from a seeded source, so runs
 * repeat.
 */
final class QueryRegistry {

    private final Map<String, QueryExecution> queries = new ConcurrentHashMap<>();
    private final QueryLimits limits;
    private final Executor executor;
    private final Random ids;
    private volatile QueryTiming timing;

    QueryRegistry(QueryLimits limits, QueryTiming timing, long seed) {
        this(limits, timing, seed, workers(limits.workerThreads()));
    }

    /** With the executor that runs queries (tests pass one that holds them, to see Scheduled). */
    QueryRegistry(QueryLimits limits, QueryTiming timing, long seed, Executor executor) {
        this.limits = limits;
        this.timing = timing;
        this.ids = new Random(seed);
        this.executor = executor;
    }

    private static Executor workers(int threads) {
        AtomicInteger n = new AtomicInteger();
        // Unbounded queue, bounded in practice: at most maxConcurrentQueries queries are ever active.
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "flowsim-insights-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    QueryLimits limits() {
        return limits;
    }

    QueryTiming timing() {
        return timing;
    }

    /** Applies to queries started afterwards. */
    void timing(QueryTiming newTiming) {
        this.timing = newTiming;
    }

    synchronized String newId() {
        return new UUID(ids.nextLong(), ids.nextLong()).toString();
    }

    /** Registers and schedules the query, or fails with LimitExceededException past the concurrency quota. */
    synchronized void start(QueryExecution execution) {
        long now = execution.createTime;
        forgetExpired(now);
        long active = queries.values().stream()
                .filter(q -> q.account.equals(execution.account) && q.region.equals(execution.region)
                        && q.active(now))
                .count();
        if (active >= limits.maxConcurrentQueries()) {
            throw QueryErrors.concurrencyLimit(limits.maxConcurrentQueries());
        }
        queries.put(execution.queryId, execution);
        executor.execute(() -> run(execution));
    }

    private void run(QueryExecution execution) {
        if (!execution.markScanning()) {
            return;
        }
        try {
            // The other query workers help with a parallel scan when idle; the scan never waits for them to start.
            execution.scanned(QueryScan.run(execution.query, execution.groups, execution.startMillis,
                    execution.endMillisInclusive, execution.createTime, execution.maxRows, execution::cancelled,
                    executor, limits.workerThreads() - 1));
        } catch (CancellationException e) {
            // StopQuery or the timeout already set the status.
        } catch (RuntimeException e) {
            execution.scanFailed();
        }
    }

    /** The caller's query, or AWS's ResourceNotFoundException when it does not exist (or no longer does). */
    QueryExecution require(String account, String region, String queryId, long now) {
        QueryExecution q = find(account, region, queryId, now);
        if (q == null) {
            throw QueryErrors.queryNotFound();
        }
        return q;
    }

    /** The query, unless unknown, another account's, or expired at {@code now}. */
    QueryExecution find(String account, String region, String queryId, long now) {
        forgetExpired(now);
        QueryExecution q = queries.get(queryId);
        return q != null && q.account.equals(account) && q.region.equals(region) ? q : null;
    }

    /** The account's unexpired queries in the region, newest first. */
    List<QueryExecution> list(String account, String region, long now) {
        forgetExpired(now);
        List<QueryExecution> out = new ArrayList<>();
        for (QueryExecution q : queries.values()) {
            if (q.account.equals(account) && q.region.equals(region)) {
                out.add(q);
            }
        }
        out.sort((a, b) -> a.createTime != b.createTime ? Long.compare(b.createTime, a.createTime)
                : a.queryId.compareTo(b.queryId));
        return out;
    }

    private void forgetExpired(long now) {
        queries.values().removeIf(q -> q.expired(now));
    }
}
