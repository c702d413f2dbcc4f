package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.MalformedQueryException;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryCompileError;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logs Insights through the real SDK: the seed's REJECT query, statistics, errors, StopQuery, DescribeQueries. */
class InsightsAcceptanceTest {

    static final String GROUP = "/acceptance/insights";
    static EmulatorFixture fx;
    static CloudWatchLogsClient logs;
    static long startSeconds;

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        logs = fx.logs();
        logs.createLogGroup(b -> b.logGroupName(GROUP));
        logs.createLogStream(b -> b.logGroupName(GROUP).logStreamName("eni-0a1-all"));
        long t = EmulatorFixture.START.toEpochMilli() - 600_000;
        startSeconds = t / 1000 - 60;
        logs.putLogEvents(b -> b.logGroupName(GROUP).logStreamName("eni-0a1-all").logEvents(
                event(t, "2 000000000000 eni-0a1 10.0.0.5 10.0.1.9 40001 22 6 3 180 1 2 REJECT OK"),
                event(t + 1000, "2 000000000000 eni-0a1 10.0.0.6 10.0.1.9 40002 443 6 9 900 1 2 ACCEPT OK"),
                event(t + 2000, "2 000000000000 eni-0a1 10.0.0.7 10.0.1.9 40003 3389 6 2 120 1 2 REJECT OK")));
    }

    private static InputLogEvent event(long timestamp, String message) {
        return InputLogEvent.builder().timestamp(timestamp).message(message).build();
    }

    @AfterAll
    static void stop() {
        logs.close();
        fx.close();
    }

    /** Moves the simulated clock past the query's run time, then waits for the scan. */
    private static GetQueryResultsResponse completed(String queryId) {
        fx.clock.advanceBy(fx.emulator.logsAnalysis().queryTiming().scheduledFor()
                .plus(fx.emulator.logsAnalysis().queryTiming().runsFor()));
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> logs.getQueryResults(b -> b.queryId(queryId)), r -> r.status() == QueryStatus.COMPLETE);
    }

    @Test
    void seedQueryReturnsTheRejectedFlowsNewestFirst() {
        String id = logs.startQuery(b -> b.logGroupName(GROUP).startTime(startSeconds)
                .endTime(startSeconds + 3600)
                .queryString("fields @timestamp, srcAddr, dstAddr, action | filter action = 'REJECT' "
                        + "| sort @timestamp desc")).queryId();
        GetQueryResultsResponse r = completed(id);
        assertEquals(2, r.results().size());
        List<ResultField> first = r.results().get(0);
        assertEquals(List.of("@timestamp", "srcAddr", "dstAddr", "action", "@ptr"),
                first.stream().map(ResultField::field).toList());
        assertEquals("10.0.0.7", first.get(1).value());
        assertTrue(first.get(0).value().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
        assertEquals(2.0, r.statistics().recordsMatched());
        assertEquals(3.0, r.statistics().recordsScanned());
        assertTrue(r.statistics().bytesScanned() > 100);
        assertTrue(logs.describeQueries(b -> b.logGroupName(GROUP)).queries().stream()
                .anyMatch(q -> q.queryId().equals(id) && q.status() == QueryStatus.COMPLETE));
    }

    @Test
    void aggregatesRejectedBytesByPort() {
        String id = logs.startQuery(b -> b.logGroupName(GROUP).startTime(startSeconds).endTime(startSeconds + 3600)
                .queryString("filter action = 'REJECT' | stats sum(bytes) as rejected by dstPort | sort rejected desc"))
                .queryId();
        List<List<ResultField>> rows = completed(id).results();
        assertEquals("22", rows.get(0).get(0).value());
        assertEquals("180", rows.get(0).get(1).value());
        assertEquals(2, rows.size());
    }

    @Test
    void timeRangeIsInclusiveSecondsAndExcludesOtherEvents() {
        String id = logs.startQuery(b -> b.logGroupName(GROUP).startTime(startSeconds).endTime(startSeconds)
                .queryString("fields @message")).queryId();
        assertEquals(0.0, completed(id).statistics().recordsScanned());
    }

    @Test
    void rejectsWhatAwsRejects() {
        assertThrows(MalformedQueryException.class, () -> logs.startQuery(b -> b.logGroupName(GROUP)
                .startTime(1L).endTime(2L).queryString("fields a | frobnicate")));
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> logs.startQuery(b -> b.logGroupName("/nope").startTime(1L).endTime(2L).queryString("fields a")));
        assertTrue(missing.awsErrorDetails().errorMessage()
                .startsWith("Log group '/nope' does not exist for account ID '000000000000'"));
        assertThrows(InvalidParameterException.class, () -> logs.startQuery(b -> b.logGroupName(GROUP)
                .startTime(5L).endTime(2L).queryString("fields a")));
    }

    @Test
    void malformedQueryCarriesTheCompileErrorLocation() {
        String query = "fields a | frobnicate";
        MalformedQueryException e = assertThrows(MalformedQueryException.class, () -> logs.startQuery(
                b -> b.logGroupName(GROUP).startTime(1L).endTime(2L).queryString(query)));
        QueryCompileError error = e.queryCompileError();
        assertEquals(query.indexOf("frobnicate"), error.location().startCharOffset());
        assertEquals(query.length(), error.location().endCharOffset());
        assertTrue(error.message().contains("frobnicate"), error.message());
        assertEquals(e.awsErrorDetails().errorMessage(), error.message());
    }

    @Test
    void stoppingAFinishedQueryFails() {
        String id = logs.startQuery(b -> b.logGroupName(GROUP).startTime(startSeconds).endTime(startSeconds + 60)
                .queryString("fields @message")).queryId();
        completed(id);
        assertThrows(InvalidParameterException.class, () -> logs.stopQuery(b -> b.queryId(id)));
        assertThrows(ResourceNotFoundException.class, () -> logs.getQueryResults(b -> b.queryId("nope")));
    }
}
