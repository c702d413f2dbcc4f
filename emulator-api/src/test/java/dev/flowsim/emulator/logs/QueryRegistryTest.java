package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Query lifecycle on the simulated clock, with an executor the test drives: each request carries its own simulated
 * time, so the status is what a client would see at that moment.
 */
class QueryRegistryTest {

    private static final Instant T0 = LogsFixture.NOW;

    private final LogsFixture fx = new LogsFixture();
    private final List<Runnable> pending = new ArrayList<>();
    private final QueryRegistry registry = new QueryRegistry(new QueryLimits(1, 50, 10_000, 1),
            QueryTiming.defaults(), 1, pending::add);
    private final Map<String, Object> body = Map.of("logGroupName", "g", "startTime", 0, "endTime", 10,
            "queryString", "fields @message");

    private ObjectNode run(Kind kind, Object input, Instant at) {
        var handler = switch (kind) {
            case START -> new StartQueryHandler(fx.store, registry);
            case RESULTS -> new GetQueryResultsHandler(registry);
            case STOP -> new StopQueryHandler(registry);
            case DESCRIBE -> new DescribeQueriesHandler(registry);
        };
        return handler.handle(LogsFixture.call(handler.name(), input, at));
    }

    private enum Kind { START, RESULTS, STOP, DESCRIBE }

    private String start(Instant at) {
        return run(Kind.START, body, at).get("queryId").asText();
    }

    private String status(String id, Instant at) {
        return run(Kind.RESULTS, Map.of("queryId", id), at).get("status").asText();
    }

    @Test
    void statusFollowsTheSimulatedClockNotTheWorker() {
        fx.createGroup("g");
        String id = start(T0);
        pending.remove(0).run();
        assertEquals("Scheduled", status(id, T0));
        assertEquals("Running", status(id, T0.plusSeconds(1)));
        assertEquals("Running", status(id, T0.plusMillis(2999)));
        ObjectNode done = run(Kind.RESULTS, Map.of("queryId", id), T0.plusSeconds(3));
        assertEquals("Complete", done.get("status").asText());
        assertEquals("CWLI", done.get("queryLanguage").asText());
        assertEquals(0.0, done.get("statistics").get("recordsScanned").asDouble());
        assertEquals("Complete", run(Kind.DESCRIBE, Map.of(), T0.plusSeconds(3)).get("queries").get(0)
                .get("status").asText());
    }

    @Test
    void aQueryTheWorkerHasNotReachedStaysScheduledAndHoldsTheOnlySlot() {
        fx.createGroup("g");
        String id = start(T0);
        assertEquals("Scheduled", status(id, T0.plusSeconds(10)));
        LogsFixture.expectError("LimitExceededException", "Account maximum query concurrency limit of [1] reached.",
                () -> start(T0.plusSeconds(10)));
        pending.remove(0).run();
        assertEquals("Complete", status(id, T0.plusSeconds(10)));
        start(T0.plusSeconds(10));
    }

    @Test
    void stopQueryCancelsAndTheSlotIsFreed() {
        fx.createGroup("g");
        String id = start(T0);
        pending.remove(0).run();
        assertEquals(true, run(Kind.STOP, Map.of("queryId", id), T0.plusSeconds(2)).get("success").asBoolean());
        assertEquals("Cancelled", status(id, T0.plusSeconds(5)));
        assertEquals(0, run(Kind.RESULTS, Map.of("queryId", id), T0.plusSeconds(5)).get("results").size());
        LogsFixture.expectError("InvalidParameterException", "Query is not running.",
                () -> run(Kind.STOP, Map.of("queryId", id), T0.plusSeconds(5)));
        start(T0.plusSeconds(5));
    }

    @Test
    void stoppingACompletedQueryFails() {
        fx.createGroup("g");
        String id = start(T0);
        pending.remove(0).run();
        LogsFixture.expectError("InvalidParameterException", "Query is not running.",
                () -> run(Kind.STOP, Map.of("queryId", id), T0.plusSeconds(3)));
    }

    @Test
    void aQueryLongerThanSixtyMinutesTimesOutAndStaysTimedOut() {
        fx.createGroup("g");
        registry.timing(QueryTiming.defaults().withRunsFor(Duration.ofHours(2)));
        String id = start(T0);
        pending.remove(0).run();
        assertEquals("Running", status(id, T0.plus(Duration.ofMinutes(59))));
        assertEquals("Timeout", status(id, T0.plus(Duration.ofMinutes(60))));
        assertEquals("Timeout", status(id, T0.plus(Duration.ofHours(3))));
        assertEquals("Timeout", run(Kind.DESCRIBE, Map.of("status", "Timeout"), T0.plus(Duration.ofHours(3)))
                .get("queries").get(0).get("status").asText());
        start(T0.plus(Duration.ofHours(3)));
    }

    @Test
    void aScanStillUnfinishedAfterSixtyMinutesTimesOutEvenIfItEndsLater() {
        fx.createGroup("g");
        String id = start(T0);
        assertEquals("Timeout", status(id, T0.plus(Duration.ofMinutes(60))));
        pending.remove(0).run();
        assertEquals("Timeout", status(id, T0.plus(Duration.ofMinutes(61))));
    }

    @Test
    void resultsExpireAfterSevenDays() {
        fx.createGroup("g");
        String id = start(T0);
        pending.remove(0).run();
        assertEquals("Complete", status(id, T0.plus(Duration.ofDays(7)).minusMillis(1)));
        LogsFixture.expectError("ResourceNotFoundException", "Query does not exist.",
                () -> status(id, T0.plus(Duration.ofDays(7))));
        assertEquals(0, run(Kind.DESCRIBE, Map.of(), T0.plus(Duration.ofDays(7))).get("queries").size());
    }
}
