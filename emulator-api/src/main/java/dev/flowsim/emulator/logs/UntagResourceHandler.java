package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** UntagResource: removes tag keys from a log group named by its ARN; keys it does not carry are ignored. */
final class UntagResourceHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    UntagResourceHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "UntagResource";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:UntagResource",
                JsonInput.textOrEmpty(call.json(), TagInput.RESOURCE_ARN)));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String arn = in.string(TagInput.RESOURCE_ARN);
        var keyList = in.stringList("tagKeys");
        CoralValidation v = new CoralValidation();
        if (v.required(TagInput.RESOURCE_ARN, arn)) {
            v.string(TagInput.RESOURCE_ARN, arn, LogsShapes.RESOURCE_ARN);
        }
        v.required("tagKeys", keyList);
        List<String> keys = TagInput.keys("tagKeys", keyList, v, 0, LogsShapes.UNTAG_KEYS_MAX);
        v.throwIfInvalid();
        tags.remove(TagInput.groupOf(call, arn).find(store), keys);
        return null;
    }
}
