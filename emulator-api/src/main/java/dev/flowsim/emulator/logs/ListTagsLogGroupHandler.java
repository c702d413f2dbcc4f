package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** ListTagsLogGroup (deprecated): the tags of a group by name, from the same store as ListTagsForResource. */
final class ListTagsLogGroupHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    ListTagsLogGroupHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "ListTagsLogGroup";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:ListTagsLogGroup", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(JsonInput.of(call.json()), v);
        v.throwIfInvalid();
        return TagInput.render(tags.of(GroupReference.byName(call, name).find(store)));
    }
}
