package dev.flowsim.scenario.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.flowsim.scenario.model.PolicyRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a policy: inline (a YAML/JSON object, or a string of JSON) or {@code {file: name.json}} from the scenario's
 * folder. A file must stay inside that folder: absolute paths and {@code ..} are refused.
 */
final class PolicyRefReader extends JsonDeserializer<PolicyRef> {

    static final String FOLDER = "scenarioFolder";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public PolicyRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node.isTextual()) {
            return new PolicyRef(requireObject(node.asText(), "inline policy", p), "inline");
        }
        if (!node.isObject()) {
            throw InvalidFormatException.from(p, "a policy is an object, a JSON string or {file: name.json}",
                    node.toString(), PolicyRef.class);
        }
        if (node.size() == 1 && node.has("file")) {
            String name = node.get("file").asText();
            Path folder = (Path) ctxt.getAttribute(FOLDER);
            return new PolicyRef(requireObject(read(folder, name, p), name, p), name);
        }
        return new PolicyRef(JSON.writeValueAsString(node), "inline");
    }

    /** Reads the file {@code name} of the scenario's folder (policies, topologies), refusing paths that leave it. */
    static String read(Path folder, String name, JsonParser p) throws IOException {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")
                || name.replace('\\', '/').matches("(.*/)?\\.\\.(/.*)?")) {
            throw InvalidFormatException.from(p, "file '" + name + "' must be a relative path inside the "
                    + "scenario's folder (no absolute path, no '..')", name, PolicyRef.class);
        }
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            throw InvalidFormatException.from(p, "file '" + name + "' is outside the scenario's folder",
                    name, PolicyRef.class);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidFormatException.from(p, "file '" + name + "' does not exist next to the scenario",
                    name, PolicyRef.class);
        }
    }

    private static String requireObject(String json, String what, JsonParser p) throws IOException {
        try {
            JsonNode parsed = JSON.readTree(json);
            if (parsed != null && parsed.isObject()) {
                return json;
            }
        } catch (IOException ignored) {
            // Reported below with the scenario's location.
        }
        throw InvalidFormatException.from(p, what + " is not a JSON object", json, PolicyRef.class);
    }
}
