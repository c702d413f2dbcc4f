package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.function.Consumer;

/** DeleteLogGroup: the group with its streams, events, retention, tags and filters; refused while deletion protection is on. */
final class DeleteLogGroupHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;
    private final Consumer<LogGroup> onDeleted;

    /** @param onDeleted told of each deleted group, so its metric and subscription filters go with it */
    DeleteLogGroupHandler(LogStore store, GroupTags tags, Consumer<LogGroup> onDeleted) {
        this.store = store;
        this.tags = tags;
        this.onDeleted = onDeleted;
    }

    @Override
    public String name() {
        return "DeleteLogGroup";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DeleteLogGroup", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(JsonInput.of(call.json()), v);
        v.throwIfInvalid();
        GroupReference ref = GroupReference.byName(call, name);
        LogGroup group = ref.find(store);
        if (group.deletionProtectionEnabled()) {
            // AWS answers ValidationException here; this wording has not been observed from AWS.
            throw LogsErrors.validation("Cannot delete log group " + name
                    + " because deletion protection is enabled. Disable deletion protection first.");
        }
        if (!store.deleteGroup(ref.account(), ref.region(), name)) {
            throw LogsErrors.groupNotFound();
        }
        tags.forget(group);
        onDeleted.accept(group);
        return null;
    }
}
