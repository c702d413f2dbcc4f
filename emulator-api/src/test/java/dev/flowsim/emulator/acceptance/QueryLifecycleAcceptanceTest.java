package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.logs.QueryTiming;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Logs Insights lifecycle through the real SDK while the test moves the emulator's simulated clock:
 * Scheduled → Running → Complete after the simulated run time, Cancelled, the 60-minute Timeout, 7-day expiry.
 */
class QueryLifecycleAcceptanceTest {

    static final String GROUP = "/acceptance/lifecycle";
    EmulatorFixture fx;
    CloudWatchLogsClient logs;
    long fromSeconds;

    @BeforeEach
    void start() throws InterruptedException {
        fx = new EmulatorFixture();
        logs = fx.logs();
        logs.createLogGroup(b -> b.logGroupName(GROUP));
        logs.createLogStream(b -> b.logGroupName(GROUP).logStreamName("eni-0b2-all"));
        long t = EmulatorFixture.START.toEpochMilli() - 60_000;
        fromSeconds = t / 1000 - 60;
        logs.putLogEvents(b -> b.logGroupName(GROUP).logStreamName("eni-0b2-all").logEvents(
                event(t, "2 000000000000 eni-0b2 10.0.0.5 10.0.1.9 40001 22 6 3 180 1 2 REJECT OK"),
                event(t + 1000, "2 000000000000 eni-0b2 10.0.0.6 10.0.1.9 40002 443 6 9 900 1 2 ACCEPT OK")));
    }

    @AfterEach
    void stop() {
        logs.close();
        fx.close();
    }

    private static InputLogEvent event(long timestamp, String message) {
        return InputLogEvent.builder().timestamp(timestamp).message(message).build();
    }

    private String startRejectQuery() {
        return logs.startQuery(b -> b.logGroupName(GROUP).startTime(fromSeconds).endTime(fromSeconds + 3600)
                .queryString("filter action = 'REJECT' | stats count(*) as rejects")).queryId();
    }

    private GetQueryResultsResponse awaitStatus(String id, QueryStatus status) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> logs.getQueryResults(b -> b.queryId(id)),
                r -> r.status() == status);
    }

    private QueryStatus statusOf(String id) {
        return logs.getQueryResults(b -> b.queryId(id)).status();
    }

    @Test
    void completesOnlyWhenTheSimulatedRunTimeHasPassed() {
        QueryTiming timing = fx.emulator.logsAnalysis().queryTiming();
        String id = startRejectQuery();
        GetQueryResultsResponse scheduled = logs.getQueryResults(b -> b.queryId(id));
        assertEquals(QueryStatus.SCHEDULED, scheduled.status());
        assertTrue(scheduled.results().isEmpty());

        fx.clock.advanceBy(timing.scheduledFor());
        GetQueryResultsResponse running = awaitStatus(id, QueryStatus.RUNNING);
        assertTrue(running.results().isEmpty());
        assertEquals(0.0, running.statistics().recordsScanned());

        fx.clock.advanceBy(timing.runsFor().minusMillis(1));
        assertEquals(QueryStatus.RUNNING, statusOf(id));
        fx.clock.advanceBy(Duration.ofMillis(1));
        GetQueryResultsResponse done = awaitStatus(id, QueryStatus.COMPLETE);
        assertEquals("1", done.results().get(0).get(0).value());
        assertEquals(1.0, done.statistics().recordsMatched());
        assertEquals(2.0, done.statistics().recordsScanned());
        assertTrue(done.statistics().bytesScanned() > 100);
        assertEquals(QueryStatus.COMPLETE, logs.describeQueries(b -> b.logGroupName(GROUP)).queries().get(0).status());
    }

    @Test
    void stopQueryCancelsARunningQuery() {
        String id = startRejectQuery();
        fx.clock.advanceBy(fx.emulator.logsAnalysis().queryTiming().scheduledFor());
        awaitStatus(id, QueryStatus.RUNNING);
        assertTrue(logs.stopQuery(b -> b.queryId(id)).success());
        fx.clock.advanceBy(Duration.ofMinutes(5));
        GetQueryResultsResponse r = logs.getQueryResults(b -> b.queryId(id));
        assertEquals(QueryStatus.CANCELLED, r.status());
        assertTrue(r.results().isEmpty());
        assertThrows(InvalidParameterException.class, () -> logs.stopQuery(b -> b.queryId(id)));
        assertEquals(id, logs.describeQueries(b -> b.status(QueryStatus.CANCELLED)).queries().get(0).queryId());
    }

    @Test
    void aQueryLongerThanSixtyMinutesEndsAsTimeout() {
        fx.emulator.logsAnalysis().queryTiming(QueryTiming.defaults().withRunsFor(Duration.ofHours(2)));
        String id = startRejectQuery();
        fx.clock.advanceBy(Duration.ofMinutes(59));
        awaitStatus(id, QueryStatus.RUNNING);
        fx.clock.advanceBy(Duration.ofMinutes(1));
        GetQueryResultsResponse r = logs.getQueryResults(b -> b.queryId(id));
        assertEquals(QueryStatus.TIMEOUT, r.status());
        assertTrue(r.results().isEmpty());
        fx.clock.advanceBy(Duration.ofHours(2));
        assertEquals(QueryStatus.TIMEOUT, statusOf(id));
    }

    @Test
    void resultsAreGoneAfterSevenDays() {
        String id = startRejectQuery();
        fx.clock.advanceBy(Duration.ofDays(7).minusSeconds(1));
        awaitStatus(id, QueryStatus.COMPLETE);
        fx.clock.advanceBy(Duration.ofSeconds(1));
        assertThrows(ResourceNotFoundException.class, () -> logs.getQueryResults(b -> b.queryId(id)));
        assertTrue(logs.describeQueries(b -> b.logGroupName(GROUP)).queries().isEmpty());
    }
}
