package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the six tagging operations share: the taggable resource an ARN names, tag-key lists, and applying tags. */
final class TagInput {

    static final String RESOURCE_ARN = "resourceArn";

    private TagInput() {
    }

    /**
     * The log group a tagging ARN names ({@code arn:aws:logs:R:A:log-group:G}, without {@code :*}). Only log groups
     * are taggable in flowsim (AWS also tags destinations, which flowsim does not have).
     */
    static GroupReference groupOf(Call call, String resourceArn) {
        String[] parts = resourceArn.split(":", 7);
        if (parts.length != 7 || !parts[0].equals("arn") || !parts[2].equals("logs") || !parts[5].equals("log-group")
                || parts[6].isEmpty()) {
            // AWS's wording for an ARN that is not a log group is not recorded.
            throw LogsErrors.invalidParameter("The resourceArn " + resourceArn
                    + " is not a log group ARN of the form arn:aws:logs:<region>:<account>:log-group:<name>.");
        }
        return GroupReference.byIdentifier(call, resourceArn);
    }

    /** Checks a list of tag keys (each against the TagKey shape) into {@code v}; returns it as strings. */
    static List<String> keys(String path, ArrayNode list, CoralValidation v, int min, int max) {
        List<String> keys = new ArrayList<>();
        if (list == null) {
            return keys;
        }
        list.forEach(n -> keys.add(n.asText()));
        v.size(path, keys, keys.size(), min, max);
        for (int i = 0; i < keys.size(); i++) {
            v.string(path + "." + (i + 1) + ".member", keys.get(i), LogsShapes.TAG_KEY);
        }
        return keys;
    }

    /** Merges tags into the group or fails, changing nothing, with TooManyTagsException naming {@code resourceName}. */
    static void apply(GroupTags tags, LogGroup group, Map<String, String> added, String resourceName) {
        if (tags.merge(group, added, LogsShapes.MAX_TAGS).isPresent()) {
            throw LogsErrors.tooManyTags(resourceName, LogsShapes.MAX_TAGS);
        }
    }

    /** {@code {"tags":{...}}}, sorted by key. */
    static ObjectNode render(Map<String, String> tags) {
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ObjectNode out = result.putObject("tags");
        tags.forEach(out::put);
        return result;
    }
}
