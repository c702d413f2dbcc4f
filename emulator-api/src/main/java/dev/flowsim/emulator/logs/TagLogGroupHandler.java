package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;

/**
 * TagLogGroup (deprecated in favour of TagResource, same tag store): adds or overwrites tags of a group by name. Over
 * 50 tags is TooManyTagsException naming the group's ARN, as TagResource answers ([U]: the old model lists only
 * InvalidParameterException and ResourceNotFoundException for this operation).
 */
final class TagLogGroupHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    TagLogGroupHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "TagLogGroup";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:TagLogGroup", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(in, v);
        Map<String, String> added = in.stringMap("tags");
        if (v.required("tags", added)) {
            v.map("tags", added, 1, LogsShapes.MAX_TAGS, LogsShapes.TAG_KEY, LogsShapes.TAG_VALUE);
        }
        v.throwIfInvalid();
        GroupReference ref = GroupReference.byName(call, name);
        TagInput.apply(tags, ref.find(store), added, LogsArns.logGroup(ref.region(), ref.account(), name));
        return null;
    }
}
