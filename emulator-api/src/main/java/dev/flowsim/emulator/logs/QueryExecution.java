package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.store.LogGroup;

import java.util.List;

/**
 * One Logs Insights query from StartQuery to its end: Scheduled → Running → Complete | Failed | Cancelled | Timeout.
 * The scan runs on a worker as soon as possible; the status a client sees is a function of the simulated time of
 * its request ({@link #status(long)}), so a run replays the same whatever the worker's speed, as long as the scan
 * finishes before the simulated run time is up. Cancelled and Timeout are final once seen.
 */
final class QueryExecution {

    enum Status { Scheduled, Running, Complete, Failed, Cancelled, Timeout }

    private enum Scan { QUEUED, SCANNING, DONE, FAILED }

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
    private final long runningAt;
    private final long completeAt;
    private final long timeoutAt;
    final long expiresAt;
    private Scan scan = Scan.QUEUED;
    /** Cancelled or Timeout once decided; null before. */
    private Status ended;
    private QueryResult result;

    QueryExecution(String queryId, String account, String region, Query query, List<LogGroup> groups,
                   long startMillis, long endMillisInclusive, int maxRows, long createTime, QueryTiming timing) {
        this.queryId = queryId;
        this.account = account;
        this.region = region;
        this.query = query;
        this.groups = groups;
        this.startMillis = startMillis;
        this.endMillisInclusive = endMillisInclusive;
        this.maxRows = maxRows;
        this.createTime = createTime;
        this.runningAt = createTime + timing.scheduledFor().toMillis();
        this.completeAt = createTime + timing.completesAfter().toMillis();
        this.timeoutAt = createTime + timing.timeout().toMillis();
        this.expiresAt = createTime + timing.resultsKeptFor().toMillis();
    }

    /** The status at simulated time {@code now} (epoch milliseconds). */
    synchronized Status status(long now) {
        if (ended != null) {
            return ended;
        }
        boolean finished = scan == Scan.DONE || scan == Scan.FAILED;
        if (finished && now >= completeAt && completeAt < timeoutAt) {
            return scan == Scan.DONE ? Status.Complete : Status.Failed;
        }
        if (now >= timeoutAt) {
            // The scan, if still going, polls cancelled() and stops.
            ended = Status.Timeout;
            result = null;
            return ended;
        }
        return now < runningAt || scan == Scan.QUEUED ? Status.Scheduled : Status.Running;
    }

    /** Results at {@code now}: present only once Complete. */
    synchronized QueryResult result(long now) {
        return status(now) == Status.Complete ? result : null;
    }

    boolean active(long now) {
        Status s = status(now);
        return s == Status.Scheduled || s == Status.Running;
    }

    /** The worker picks the query up; false when it already ended (cancelled before it was scanned). */
    synchronized boolean markScanning() {
        if (ended != null || scan != Scan.QUEUED) {
            return false;
        }
        scan = Scan.SCANNING;
        return true;
    }

    synchronized void scanned(QueryResult finished) {
        if (scan == Scan.SCANNING && ended == null) {
            result = finished;
            scan = Scan.DONE;
        }
    }

    synchronized void scanFailed() {
        if (scan == Scan.SCANNING) {
            scan = Scan.FAILED;
        }
    }

    /** StopQuery at {@code now}: false when the query had already ended. */
    synchronized boolean cancel(long now) {
        if (!active(now)) {
            return false;
        }
        ended = Status.Cancelled;
        result = null;
        return true;
    }

    /** Polled by the scan: true once the query was stopped or timed out. */
    synchronized boolean cancelled() {
        return ended != null;
    }

    boolean expired(long now) {
        return now >= expiresAt;
    }

    String groupName() {
        return groups.get(0).name();
    }
}
