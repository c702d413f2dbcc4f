package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A Logs service over a fresh store, called the way the request pipeline calls it, at a fixed simulated time. */
final class LogsFixture {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    static final long NOW_MS = NOW.toEpochMilli();

    final LogStore store = new LogStore();
    final AwsService service;
    Instant now = NOW;

    LogsFixture() {
        this(LogsLimits.defaults());
    }

    LogsFixture(LogsLimits limits) {
        service = LogsService.create(store, limits);
    }

    /** With the given analysis side (metric and subscription filters wired to a registry the test can read). */
    LogsFixture(LogsAnalysis analysis) {
        service = LogsService.create(store, LogsLimits.defaults(), new dev.flowsim.emulator.logs.store.ResourcePolicyStore(),
                analysis);
    }

    static Call call(String operation, Object body, Instant now) {
        Caller caller = new Caller(Principal.root(ACCOUNT), "test", null, null);
        return new Call("req-1", "logs", operation, REGION, caller, now, toTree(body), null, "127.0.0.1");
    }

    static JsonNode toTree(Object body) {
        try {
            return body instanceof String s ? JsonProtocol.MAPPER.readTree(s) : JsonProtocol.MAPPER.valueToTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @SuppressWarnings("unchecked")
    OperationHandler<ObjectNode> handler(String operation) {
        return (OperationHandler<ObjectNode>) service.operation(operation).orElseThrow();
    }

    /** Runs an operation; the body is JSON text or anything Jackson can turn into a tree. */
    ObjectNode run(String operation, Object body) {
        return handler(operation).handle(call(operation, body, now));
    }

    /** Runs an operation expecting AWS's error code and exact message. */
    AwsException fails(String operation, Object body, String code, String message) {
        return expectError(code, message, () -> run(operation, body));
    }

    static AwsException expectError(String code, String message, Executable action) {
        AwsException e = assertThrows(AwsException.class, action);
        assertEquals(code, e.code(), "error code");
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        assertEquals(400, e.httpStatus());
        return e;
    }

    void createGroup(String group) {
        run("CreateLogGroup", "{\"logGroupName\":\"" + group + "\"}");
    }

    void createStream(String group, String stream) {
        run("CreateLogStream", "{\"logGroupName\":\"" + group + "\",\"logStreamName\":\"" + stream + "\"}");
    }

    /** A PutLogEvents body; messages are "m<timestamp>" unless given. */
    static ObjectNode putBody(String group, String stream, long... timestamps) {
        ObjectNode body = JsonProtocol.MAPPER.createObjectNode();
        body.put("logGroupName", group).put("logStreamName", stream);
        ArrayNode events = body.putArray("logEvents");
        for (long ts : timestamps) {
            events.addObject().put("timestamp", ts).put("message", "m" + ts);
        }
        return body;
    }

    ObjectNode put(String group, String stream, long... timestamps) {
        return run("PutLogEvents", putBody(group, stream, timestamps));
    }
}
