package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** CreateLogStream: a new, empty stream in an existing group. */
final class CreateLogStreamHandler implements OperationHandler<ObjectNode> {

    private static final String GROUP = "logGroupName";
    private static final String STREAM = "logStreamName";

    private final LogStore store;

    CreateLogStreamHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CreateLogStream";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        GroupReference group = GroupReference.byName(call, JsonInput.textOrEmpty(call.json(), GROUP));
        return List.of(new AccessCheck("logs:CreateLogStream",
                group.streamActionResource(JsonInput.textOrEmpty(call.json(), STREAM))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(GROUP);
        String streamName = in.string(STREAM);
        CoralValidation v = new CoralValidation();
        if (v.required(GROUP, groupName)) {
            v.string(GROUP, groupName, LogsShapes.LOG_GROUP_NAME);
        }
        if (v.required(STREAM, streamName)) {
            v.string(STREAM, streamName, LogsShapes.LOG_STREAM_NAME);
        }
        v.throwIfInvalid();

        LogGroup group = GroupReference.byName(call, groupName).find(store);
        group.createStream(streamName, call.now().toEpochMilli()).orElseThrow(LogsErrors::streamExists);
        return null;
    }
}
