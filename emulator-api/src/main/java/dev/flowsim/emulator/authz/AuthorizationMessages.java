package dev.flowsim.emulator.authz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.Outcome;
import dev.flowsim.emulator.iam.StatementMatch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * EC2's encoded authorization failure messages. AWS encrypts the explanation and only sts:DecodeAuthorizationMessage
 * reveals it, as a JSON document (allowed, explicitDeny, matchedStatements, failures, context with principal, action,
 * resource and condition keys). flowsim encodes that same document, plus its own explanation
 * ({@code flowsimExplanation}), as base64url: opaque enough to look the part, and never lost.
 */
public final class AuthorizationMessages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuthorizationMessages() {
    }

    /** The decoded document for a decision, as AWS's DecodeAuthorizationMessage shapes it. */
    public static String decodedDocument(Decision decision) {
        AuthorizationRequest request = decision.request();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("allowed", decision.allowed());
        root.put("explicitDeny", decision.outcome() == Outcome.EXPLICIT_DENY);
        ArrayNode matched = root.putObject("matchedStatements").putArray("items");
        for (StatementMatch m : decision.matched()) {
            ObjectNode item = matched.addObject();
            item.put("statementId", m.sid() == null ? "" : m.sid());
            item.put("effect", m.effect().name().charAt(0) + m.effect().name().substring(1).toLowerCase());
            item.put("policyName", m.policyName());
            item.put("policyType", m.policyType().name());
        }
        root.putObject("failures").putArray("items");
        ObjectNode context = root.putObject("context");
        ObjectNode principal = context.putObject("principal");
        if (request.principal().userId() != null) {
            principal.put("id", request.principal().userId());
        }
        principal.put("arn", request.principal().arn());
        context.put("action", request.action());
        context.put("resource", request.resourceArn());
        ArrayNode conditions = context.putObject("conditions").putArray("items");
        for (String key : request.context().keys()) {
            ObjectNode item = conditions.addObject();
            item.put("key", key);
            ArrayNode values = item.putObject("values").putArray("items");
            request.context().values(key).forEach(v -> values.addObject().put("value", v));
        }
        root.put("flowsimExplanation", decision.explanation());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Decision decision) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decodedDocument(decision).getBytes(StandardCharsets.UTF_8));
    }

    /** The document inside an encoded message, or empty when the text is not one flowsim made. */
    public static Optional<String> decode(String encoded) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            JsonNode node = MAPPER.readTree(json);
            boolean shaped = node != null && node.isObject() && node.has("allowed") && node.has("context");
            return shaped ? Optional.of(json) : Optional.empty();
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
