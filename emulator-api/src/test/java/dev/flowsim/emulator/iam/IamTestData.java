package dev.flowsim.emulator.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads the JSON test data under src/test/resources/iam and turns it into engine inputs. */
final class IamTestData {

    static final JsonMapper JSON = new JsonMapper();
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final String REGION = "us-east-1";

    private static final List<JsonNode> POLICY_FILES = List.of(
            read("trust-policies.json"), read("identity-policies.json"), read("resource-policies.json"),
            read("limit-policies.json"));
    private static final JsonNode CALLERS = read("callers.json");

    private IamTestData() {
    }

    static JsonNode read(String name) {
        try (InputStream in = IamTestData.class.getResourceAsStream("/iam/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource iam/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture policy of the *-policies.json files, compiled, named by its key. */
    static NamedPolicy policy(String name) {
        JsonNode fixture = POLICY_FILES.stream().map(f -> f.get(name)).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy fixture " + name));
        PolicyKind kind = PolicyKind.valueOf(fixture.get("kind").asText());
        return new NamedPolicy(name, PolicyParser.parse(fixture.get("document").toString(), kind));
    }

    static List<NamedPolicy> policies(JsonNode names) {
        List<NamedPolicy> policies = new ArrayList<>();
        if (names != null) {
            names.forEach(n -> policies.add(policy(n.asText())));
        }
        return policies;
    }

    /** A caller of callers.json. */
    static Principal caller(String name) {
        JsonNode spec = CALLERS.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no caller fixture " + name);
        }
        return principal(spec);
    }

    static Principal principal(JsonNode spec) {
        return switch (spec.get("type").asText()) {
            case "SERVICE" -> Principal.service(spec.get("service").asText());
            case "ASSUMED_ROLE" -> Principal.assumedRole(spec.get("sessionArn").asText(), spec.get("roleArn").asText(),
                    spec.get("userId").asText());
            case "USER" -> Principal.user(spec.get("arn").asText(), spec.get("userId").asText());
            case "ROOT" -> Principal.root(spec.get("account").asText());
            default -> throw new IllegalArgumentException("unknown caller type " + spec);
        };
    }

    /** Context keys as given: a string or an array of strings per key. */
    static RequestContext context(JsonNode keys) {
        RequestContext.Builder context = RequestContext.builder();
        if (keys != null) {
            for (Map.Entry<String, JsonNode> key : keys.properties()) {
                List<String> values = new ArrayList<>();
                if (key.getValue().isArray()) {
                    key.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(key.getValue().asText());
                }
                context.put(key.getKey(), values);
            }
        }
        return context.build();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
