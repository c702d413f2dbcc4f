package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.OperationHandler;
import org.junit.jupiter.api.Test;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static dev.flowsim.emulator.logs.LogsFixture.call;
import static dev.flowsim.emulator.logs.LogsFixture.putBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** flowsim's cap on stored bytes: a full emulator refuses a whole batch with a clear error and keeps serving. */
class StoredBytesCapTest {

    @SuppressWarnings("unchecked")
    private static ObjectNode run(AwsService service, String operation, Object body) {
        return ((OperationHandler<ObjectNode>) service.operation(operation).orElseThrow())
                .handle(call(operation, body, NOW));
    }

    @Test
    void aBatchBeyondTheCapIsRefusedWholeWithLimitExceeded() {
        // Every message is "m" + 13 digits: 14 bytes; the cap holds three of them.
        LogStore store = new LogStore(LogsLimits.defaults().withMaxStoredBytes(42).maxStoredBytes());
        AwsService service = LogsService.create(store, LogsLimits.defaults().withMaxStoredBytes(42));
        run(service, "CreateLogGroup", "{\"logGroupName\":\"g\"}");
        run(service, "CreateLogStream", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\"}");
        run(service, "PutLogEvents", putBody("g", "s", NOW_MS - 2, NOW_MS - 1));

        var error = LogsFixture.expectError("LimitExceededException", null,
                () -> run(service, "PutLogEvents", putBody("g", "s", NOW_MS, NOW_MS)));
        assertTrue(error.getMessage().startsWith("flowsim stores at most 42 bytes of log events and holds 28;"),
                error.getMessage());
        assertEquals(2, store.eventCount(ACCOUNT, REGION, "g"), "nothing of the refused batch was stored");

        run(service, "PutLogEvents", putBody("g", "s", NOW_MS));
        assertEquals(3, store.eventCount(ACCOUNT, REGION, "g"), "a batch that fits is still stored");
    }
}
