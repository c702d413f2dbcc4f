package dev.flowsim.emulator.logs;

import java.time.Duration;

/**
 * When a Logs Insights query changes status, in simulated time after its StartQuery. Statuses follow the emulator's
 * clock, not the worker threads: a query is Scheduled for {@code scheduledFor}, Running until {@code scheduledFor +
 * runsFor}, then Complete (if the scan has finished by then; otherwise it stays Running). A query not Complete
 * {@code timeout} after it started ends as Timeout; {@code resultsKeptFor} after it started it is forgotten.
 *
 * @param scheduledFor   time spent Scheduled [U: AWS queues briefly; 1 s chosen]
 * @param runsFor        simulated run time after that [U: a small AWS query takes a few seconds; 2 s chosen]
 * @param timeout        the runtime quota (AWS: 60 minutes, was 15)
 * @param resultsKeptFor how long results stay retrievable (AWS: 7 days)
 */
public record QueryTiming(Duration scheduledFor, Duration runsFor, Duration timeout, Duration resultsKeptFor) {

    public QueryTiming {
        for (Duration d : new Duration[] {scheduledFor, runsFor, timeout, resultsKeptFor}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("query timings must not be negative: " + d);
            }
        }
    }

    public static QueryTiming defaults() {
        return new QueryTiming(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(60),
                Duration.ofDays(7));
    }

    /** Complete as soon as the scan ends (in-process tests that do not drive the clock). */
    public static QueryTiming immediate() {
        return new QueryTiming(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(60), Duration.ofDays(7));
    }

    public QueryTiming withRunsFor(Duration newRunsFor) {
        return new QueryTiming(scheduledFor, newRunsFor, timeout, resultsKeptFor);
    }

    /** Simulated time from StartQuery until the query may show Complete. */
    Duration completesAfter() {
        return scheduledFor.plus(runsFor);
    }
}
