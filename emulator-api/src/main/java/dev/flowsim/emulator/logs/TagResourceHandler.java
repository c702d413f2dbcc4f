package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;

/** TagResource: adds or overwrites tags of a log group named by its ARN (without {@code :*}); 50 tags at most. */
final class TagResourceHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final GroupTags tags;

    TagResourceHandler(LogStore store, GroupTags tags) {
        this.store = store;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "TagResource";
    }

    /** Evaluated on the ARN exactly as given: IAM policies for the tagging actions use the form without ":*". */
    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:TagResource", JsonInput.textOrEmpty(call.json(), TagInput.RESOURCE_ARN)));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String arn = in.string(TagInput.RESOURCE_ARN);
        Map<String, String> added = in.stringMap("tags");
        CoralValidation v = new CoralValidation();
        if (v.required(TagInput.RESOURCE_ARN, arn)) {
            v.string(TagInput.RESOURCE_ARN, arn, LogsShapes.RESOURCE_ARN);
        }
        if (v.required("tags", added)) {
            v.map("tags", added, 1, LogsShapes.MAX_TAGS, LogsShapes.TAG_KEY, LogsShapes.TAG_VALUE);
        }
        v.throwIfInvalid();
        TagInput.apply(tags, TagInput.groupOf(call, arn).find(store), added, arn);
        return null;
    }
}
