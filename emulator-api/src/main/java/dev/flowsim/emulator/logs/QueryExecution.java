package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.store.LogGroup;

import java.util.List;

/** One Logs Insights query from StartQuery to its end: Scheduled → Running → Complete | Failed | Cancelled. */
final class QueryExecution {

    enum Status { Scheduled, Running, Complete, Failed, Cancelled }

    final String queryId;
    final String account;
    final String region;
    final Query query;
    final List<LogGroup> groups;
    final long startMillis;
    final long endMillisInclusive;
    final int maxRows;
    /** Simulated epoch milliseconds. */
    final long createTime;
    private volatile Status status = Status.Scheduled;
    private volatile QueryResult result;

    QueryExecution(String queryId, String account, String region, Query query, List<LogGroup> groups,
                   long startMillis, long endMillisInclusive, int maxRows, long createTime) {
        this.queryId = queryId;
        this.account = account;
        this.region = region;
        this.query = query;
        this.groups = groups;
        this.startMillis = startMillis;
        this.endMillisInclusive = endMillisInclusive;
        this.maxRows = maxRows;
        this.createTime = createTime;
    }

    Status status() {
        return status;
    }

    /** Results so far: empty until Complete. */
    QueryResult result() {
        return result;
    }

    boolean active() {
        Status s = status;
        return s == Status.Scheduled || s == Status.Running;
    }

    synchronized boolean markRunning() {
        if (status != Status.Scheduled) {
            return false;
        }
        status = Status.Running;
        return true;
    }

    synchronized void complete(QueryResult finished) {
        if (status == Status.Running) {
            result = finished;
            status = Status.Complete;
        }
    }

    synchronized void fail() {
        if (active()) {
            status = Status.Failed;
        }
    }

    /** False when the query had already ended. */
    synchronized boolean cancel() {
        if (!active()) {
            return false;
        }
        // A running scan polls cancelled() and stops.
        status = Status.Cancelled;
        return true;
    }

    boolean cancelled() {
        return status == Status.Cancelled;
    }

    String groupName() {
        return groups.get(0).name();
    }
}
