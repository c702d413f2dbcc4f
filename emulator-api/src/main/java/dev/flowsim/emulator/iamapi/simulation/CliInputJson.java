package dev.flowsim.emulator.iamapi.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the JSON that {@code aws iam simulate-custom-policy --cli-input-json} takes, with the CLI's own checks:
 * unknown members, missing required members and wrong types are refused before anything is simulated.
 */
public final class CliInputJson {

    static final List<String> MEMBERS = List.of("PolicyInputList", "PermissionsBoundaryPolicyInputList",
            "ActionNames", "ResourceArns", "ResourcePolicy", "ResourceOwner", "CallerArn", "ContextEntries",
            "ResourceHandlingOption", "MaxItems", "Marker");
    private static final List<String> ENTRY_MEMBERS = List.of("ContextKeyName", "ContextKeyValues", "ContextKeyType");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The input is not what the CLI would accept; the message is in the CLI's words. */
    public static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message, null, false, false);
        }
    }

    private CliInputJson() {
    }

    /**
     * @param defaultAccount the account simulated when neither CallerArn nor ResourceOwner names one
     */
    public static SimulationInput read(String json, String defaultAccount) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidInputException("Error parsing parameter 'cli-input-json': Invalid JSON received.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("Error parsing parameter 'cli-input-json': Invalid JSON received.");
        }
        List<String> problems = new ArrayList<>();
        unknown(root, MEMBERS, "", problems);
        for (String required : List.of("PolicyInputList", "ActionNames")) {
            if (!root.has(required)) {
                problems.add("Missing required parameter in input: \"" + required + "\"");
            }
        }
        List<SimulationInput.SimulationPolicy> policies = new ArrayList<>();
        List<String> inputList = strings(root, "PolicyInputList", problems);
        for (int i = 0; i < inputList.size(); i++) {
            policies.add(new SimulationInput.SimulationPolicy("PolicyInputList." + (i + 1), null, inputList.get(i)));
        }
        List<SimulationInput.ContextEntry> context = new ArrayList<>();
        JsonNode entries = root.path("ContextEntries");
        if (!entries.isMissingNode()) {
            if (!entries.isArray()) {
                problems.add(type("ContextEntries", entries, "list"));
            } else {
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode e = entries.get(i);
                    unknown(e, ENTRY_MEMBERS, "ContextEntries[" + i + "].", problems);
                    context.add(new SimulationInput.ContextEntry(text(e, "ContextKeyName", problems),
                            strings(e, "ContextKeyValues", problems), text(e, "ContextKeyType", problems)));
                }
            }
        }
        Integer maxItems = null;
        if (root.has("MaxItems")) {
            if (!root.get("MaxItems").isInt()) {
                problems.add(type("MaxItems", root.get("MaxItems"), "int"));
            } else {
                maxItems = root.get("MaxItems").intValue();
            }
        }
        SimulationInput input = new SimulationInput(policies, strings(root, "PermissionsBoundaryPolicyInputList",
                problems), strings(root, "ActionNames", problems), strings(root, "ResourceArns", problems),
                text(root, "ResourcePolicy", problems), text(root, "ResourceOwner", problems),
                text(root, "CallerArn", problems), context, text(root, "ResourceHandlingOption", problems),
                maxItems, text(root, "Marker", problems), defaultAccount);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Parameter validation failed:\n" + String.join("\n", problems));
        }
        return input;
    }

    private static void unknown(JsonNode node, List<String> known, String prefix, List<String> problems) {
        if (!node.isObject()) {
            problems.add(type(prefix.isEmpty() ? "input" : prefix, node, "dict"));
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add("Unknown parameter in " + (prefix.isEmpty() ? "input" : prefix.substring(0,
                        prefix.length() - 1)) + ": \"" + name + "\", must be one of: " + String.join(", ", known));
            }
        }
    }

    private static String text(JsonNode node, String member, List<String> problems) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(type(member, value, "str"));
            return null;
        }
        return value.textValue();
    }

    private static List<String> strings(JsonNode node, String member, List<String> problems) {
        JsonNode value = node.get(member);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            problems.add(type(member, value, "list"));
            return out;
        }
        for (JsonNode v : value) {
            if (v.isTextual()) {
                out.add(v.textValue());
            } else {
                problems.add(type(member, v, "str"));
            }
        }
        return out;
    }

    private static String type(String member, JsonNode value, String expected) {
        return "Invalid type for parameter " + member + ", value: " + value + ", type: " + value.getNodeType()
                + ", valid types: " + expected;
    }
}
