package dev.flowsim.emulator.logs;

/**
 * Logs Insights quotas.
 *
 * @param maxConcurrentQueries Scheduled or Running queries per account and region (AWS today: 100; was 4, 10, 20, 30)
 * @param maxLogGroups         log groups one query may name (50)
 * @param defaultRows          result rows when StartQuery gives no limit (10,000)
 * @param workerThreads        threads that run queries
 */
record QueryLimits(int maxConcurrentQueries, int maxLogGroups, int defaultRows, int workerThreads) {

    static QueryLimits defaults() {
        return new QueryLimits(100, 50, 10_000, 2);
    }
}
