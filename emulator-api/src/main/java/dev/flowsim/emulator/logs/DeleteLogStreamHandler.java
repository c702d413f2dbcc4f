package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteLogStream: the stream and its events; the group's totals drop accordingly. */
final class DeleteLogStreamHandler implements OperationHandler<ObjectNode> {

    private static final String STREAM = "logStreamName";

    private final LogStore store;

    DeleteLogStreamHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteLogStream";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        GroupReference group = GroupReference.byName(call, JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER));
        return List.of(new AccessCheck("logs:DeleteLogStream",
                group.streamActionResource(JsonInput.textOrEmpty(call.json(), STREAM))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        CoralValidation v = new CoralValidation();
        String groupName = GroupNameInput.read(in, v);
        String streamName = in.string(STREAM);
        if (v.required(STREAM, streamName)) {
            v.string(STREAM, streamName, LogsShapes.LOG_STREAM_NAME);
        }
        v.throwIfInvalid();
        LogGroup group = GroupReference.byName(call, groupName).find(store);
        if (!group.deleteStream(streamName)) {
            throw LogsErrors.streamNotFound();
        }
        return null;
    }
}
