package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Query lifecycle with an executor the test drives: Scheduled, the concurrency quota, StopQuery, Complete. */
class QueryRegistryTest {

    private final LogsFixture fx = new LogsFixture();
    private final List<Runnable> pending = new ArrayList<>();
    private final QueryRegistry registry = new QueryRegistry(new QueryLimits(1, 50, 10_000, 1), 1, pending::add);
    private final Map<String, Object> body = Map.of("logGroupName", "g", "startTime", 0, "endTime", 10,
            "queryString", "fields @message");

    private ObjectNode run(OperationHandlerKind kind, Object input) {
        var handler = switch (kind) {
            case START -> new StartQueryHandler(fx.store, registry);
            case RESULTS -> new GetQueryResultsHandler(registry);
            case STOP -> new StopQueryHandler(registry);
        };
        return handler.handle(LogsFixture.call(handler.name(), input, LogsFixture.NOW));
    }

    private enum OperationHandlerKind { START, RESULTS, STOP }

    @Test
    void queuedQueryIsScheduledAndHoldsTheOnlySlot() {
        fx.createGroup("g");
        String id = run(OperationHandlerKind.START, body).get("queryId").asText();
        assertEquals("Scheduled", run(OperationHandlerKind.RESULTS, Map.of("queryId", id)).get("status").asText());
        LogsFixture.expectError("LimitExceededException", "Account maximum query concurrency limit of [1] reached.",
                () -> run(OperationHandlerKind.START, body));

        pending.remove(0).run();
        ObjectNode done = run(OperationHandlerKind.RESULTS, Map.of("queryId", id));
        assertEquals("Complete", done.get("status").asText());
        assertEquals(0.0, done.get("statistics").get("recordsScanned").asDouble());
        run(OperationHandlerKind.START, body);
    }

    @Test
    void stopQueryCancelsAndTheSlotIsFreed() {
        fx.createGroup("g");
        String id = run(OperationHandlerKind.START, body).get("queryId").asText();
        assertEquals(true, run(OperationHandlerKind.STOP, Map.of("queryId", id)).get("success").asBoolean());
        assertEquals("Cancelled", run(OperationHandlerKind.RESULTS, Map.of("queryId", id)).get("status").asText());
        pending.remove(0).run();
        assertEquals("Cancelled", run(OperationHandlerKind.RESULTS, Map.of("queryId", id)).get("status").asText());
        LogsFixture.expectError("InvalidParameterException", "Query is not running.",
                () -> run(OperationHandlerKind.STOP, Map.of("queryId", id)));
        run(OperationHandlerKind.START, body);
    }
}
