package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed access to the members of a JSON 1.1 request body. A member that is absent or JSON {@code null} reads as
 * null; a member of the wrong JSON type fails the whole request with {@code SerializationException}, as AWS's
 * unmarshaller does before any constraint is checked.
 */
final class JsonInput {

    private final JsonNode node;
    private final String path;

    private JsonInput(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The request body; a missing body reads as an empty object. */
    static JsonInput of(JsonNode body) {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw LogsErrors.serialization("Expected a JSON object as the request body but found " + kind(body));
        }
        return new JsonInput(body, "");
    }

    /** One element of a list of structures, e.g. path {@code logEvents.1.member}. */
    static JsonInput element(JsonNode element, String path) {
        if (element == null || !element.isObject()) {
            throw wrongType(path, "a structure", element);
        }
        return new JsonInput(element, path + ".");
    }

    /** For access checks, which must not fail: the member's text, or "" when absent or not a string. */
    static String textOrEmpty(JsonNode body, String member) {
        JsonNode value = body == null ? null : body.get(member);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private JsonNode member(String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    String string(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(path + member, "a string", value);
        }
        return value.asText();
    }

    Long longValue(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(path + member, "a 64-bit integer", value);
        }
        return value.longValue();
    }

    /** A JSON number (a double in the model, e.g. a metric filter's defaultValue). */
    Double number(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(path + member, "a number", value);
        }
        return value.doubleValue();
    }

    Integer integer(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(path + member, "a 32-bit integer", value);
        }
        return value.intValue();
    }

    Boolean bool(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(path + member, "a boolean", value);
        }
        return value.booleanValue();
    }

    ArrayNode list(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(path + member, "a list", value);
        }
        return (ArrayNode) value;
    }

    /** A list whose elements must all be strings. */
    ArrayNode stringList(String member) {
        ArrayNode list = list(member);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    throw wrongType(path + member + "." + (i + 1) + ".member", "a string", list.get(i));
                }
            }
        }
        return list;
    }

    /** A structure member: checked for type only, its contents are the caller's business. */
    JsonNode structure(String member) {
        JsonNode value = member(member);
        if (value != null && !value.isObject()) {
            throw wrongType(path + member, "a structure", value);
        }
        return value;
    }

    /** A map of strings to strings, in the order given. */
    Map<String, String> stringMap(String member) {
        JsonNode value = member(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(path + member, "a map", value);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual()) {
                throw wrongType(path + member + "." + entry.getKey(), "a string", entry.getValue());
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    private static RuntimeException wrongType(String path, String expected, JsonNode found) {
        return LogsErrors.serialization("Expected " + expected + " at '" + path + "' but found " + kind(found));
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a decimal number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        return value.isArray() ? "a list" : "an object";
    }
}
