package dev.flowsim.emulator.iam;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowsim.emulator.iam.RawPolicy.RawCondition;
import dev.flowsim.emulator.iam.RawPolicy.RawPrincipal;
import dev.flowsim.emulator.iam.RawPolicy.RawStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads policy JSON into a {@link RawPolicy}, rejecting what IAM calls syntax errors: invalid JSON (duplicate keys
 * included), unknown elements, wrong value types, both an element and its Not form, unknown condition operators.
 */
final class PolicyJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> TOP_ELEMENTS = Set.of("Version", "Id", "Statement");
    private static final Set<String> VERSIONS = Set.of("2008-10-17", PolicyDocument.CURRENT_VERSION);
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");

    private final PolicyKind kind;

    private PolicyJsonReader(PolicyKind kind) {
        this.kind = kind;
    }

    static RawPolicy read(String json, PolicyKind kind) {
        return new PolicyJsonReader(kind).readDocument(json);
    }

    private RawPolicy readDocument(String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedPolicyException(PolicyMessages.invalidJson(kind));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedPolicyException(PolicyMessages.invalidJson(kind));
        }
        root.fieldNames().forEachRemaining(name -> require(TOP_ELEMENTS.contains(name)));
        String version = optionalText(root, "Version");
        require(version == null || VERSIONS.contains(version));
        String id = optionalText(root, "Id");
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            throw new MalformedPolicyException(PolicyMessages.missingStatement(kind));
        }
        List<JsonNode> statementNodes = new ArrayList<>();
        if (statementNode.isObject()) {
            statementNodes.add(statementNode);
        } else {
            require(statementNode.isArray());
            statementNode.forEach(statementNodes::add);
        }
        if (statementNodes.isEmpty()) {
            throw new MalformedPolicyException(PolicyMessages.emptyStatement(kind));
        }
        List<RawStatement> statements = new ArrayList<>();
        for (JsonNode node : statementNodes) {
            statements.add(readStatement(statements.size(), node));
        }
        return new RawPolicy(version, id, statements);
    }

    private RawStatement readStatement(int index, JsonNode node) {
        require(node.isObject());
        boolean namesPrincipal = node.has("Principal") || node.has("NotPrincipal");
        if (namesPrincipal && (kind == PolicyKind.IDENTITY || kind == PolicyKind.SESSION)) {
            throw new MalformedPolicyException(PolicyMessages.PRINCIPAL_FORBIDDEN);
        }
        node.fieldNames().forEachRemaining(name -> require(STATEMENT_ELEMENTS.contains(name)));
        require(!(node.has("Action") && node.has("NotAction")));
        require(!(node.has("Resource") && node.has("NotResource")));
        require(!(node.has("Principal") && node.has("NotPrincipal")));
        JsonNode effect = node.get("Effect");
        if (effect == null) {
            throw new MalformedPolicyException(PolicyMessages.missingEffect(kind));
        }
        require(effect.isTextual());
        // Case is checked later, as "legacy parsing", exactly as IAM orders its checks.
        require(effect.asText().equalsIgnoreCase("Allow") || effect.asText().equalsIgnoreCase("Deny"));
        boolean notPrincipal = node.has("NotPrincipal");
        boolean notAction = node.has("NotAction");
        boolean notResource = node.has("NotResource");
        return new RawStatement(index, optionalText(node, "Sid"), effect.asText(),
                readPrincipal(node.get(notPrincipal ? "NotPrincipal" : "Principal")), notPrincipal,
                stringList(node.get(notAction ? "NotAction" : "Action")), notAction,
                stringList(node.get(notResource ? "NotResource" : "Resource")), notResource,
                readConditions(node.get("Condition")));
    }

    private RawPrincipal readPrincipal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            require(node.asText().equals("*"));
            return new RawPrincipal(true, Map.of());
        }
        require(node.isObject());
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            require(PRINCIPAL_TYPES.contains(field.getKey()));
            entries.put(field.getKey(), stringList(field.getValue()));
        }
        return new RawPrincipal(false, entries);
    }

    private List<RawCondition> readConditions(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        require(node.isObject());
        List<RawCondition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : node.properties()) {
            require(op.getValue().isObject());
            // IAM tolerates an unknown operator only when nothing is listed under it.
            require(op.getValue().isEmpty() || ConditionOperators.isAwsOperator(op.getKey()));
            for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                conditions.add(new RawCondition(op.getKey(), key.getKey(), conditionValues(key.getValue())));
            }
        }
        return conditions;
    }

    /** Condition values may be strings, numbers or booleans (written bare), or an array of them. */
    private List<String> conditionValues(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> values.add(scalar(element)));
        } else {
            values.add(scalar(node));
        }
        return values;
    }

    private String scalar(JsonNode node) {
        require(node.isTextual() || node.isNumber() || node.isBoolean());
        return node.asText();
    }

    /** A string or an array of strings; null when the element is absent. */
    private List<String> stringList(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        require(node.isArray());
        List<String> values = new ArrayList<>();
        node.forEach(element -> {
            require(element.isTextual());
            values.add(element.asText());
        });
        return values;
    }

    private String optionalText(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return null;
        }
        require(node.isTextual());
        return node.asText();
    }

    private static void require(boolean wellFormed) {
        if (!wellFormed) {
            throw new MalformedPolicyException(PolicyMessages.SYNTAX);
        }
    }
}
