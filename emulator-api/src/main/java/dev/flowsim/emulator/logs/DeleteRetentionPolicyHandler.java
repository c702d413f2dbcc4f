package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DeleteRetentionPolicy: the group keeps events forever again. Reads hide expired events at once while the memory is
 * freed later, so events the old retention hid but the store has not yet freed become visible again; AWS likewise
 * deletes expired events lazily (within about 72 hours), so on AWS too they may come back.
 */
final class DeleteRetentionPolicyHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;

    DeleteRetentionPolicyHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteRetentionPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DeleteRetentionPolicy", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(JsonInput.of(call.json()), v);
        v.throwIfInvalid();
        GroupReference.byName(call, name).find(store).clearRetention();
        return null;
    }
}
