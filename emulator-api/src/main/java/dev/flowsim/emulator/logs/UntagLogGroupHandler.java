package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** UntagLogGroup (deprecated): removes tag keys, given in a member confusingly called {@code tags}, by group name. */
final class UntagLogGroupHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    UntagLogGroupHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "UntagLogGroup";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:UntagLogGroup", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(in, v);
        var keyList = in.stringList("tags");
        v.required("tags", keyList);
        List<String> keys = TagInput.keys("tags", keyList, v, 1, Integer.MAX_VALUE);
        v.throwIfInvalid();
        tags.remove(GroupReference.byName(call, name).find(store), keys);
        return null;
    }
}
