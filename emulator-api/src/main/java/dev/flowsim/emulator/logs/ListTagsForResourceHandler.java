package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** ListTagsForResource: the tags of a log group named by its ARN, as {@code {"tags":{...}}}. */
final class ListTagsForResourceHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    ListTagsForResourceHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "ListTagsForResource";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:ListTagsForResource",
                JsonInput.textOrEmpty(call.json(), TagInput.RESOURCE_ARN)));
    }

    @Override
    public ObjectNode handle(Call call) {
        String arn = JsonInput.of(call.json()).string(TagInput.RESOURCE_ARN);
        CoralValidation v = new CoralValidation();
        if (v.required(TagInput.RESOURCE_ARN, arn)) {
            v.string(TagInput.RESOURCE_ARN, arn, LogsShapes.RESOURCE_ARN);
        }
        v.throwIfInvalid();
        return TagInput.render(tags.of(TagInput.groupOf(call, arn).find(store)));
    }
}
