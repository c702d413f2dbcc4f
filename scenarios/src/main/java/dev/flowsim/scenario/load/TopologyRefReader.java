package dev.flowsim.scenario.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.ec2.topology.TopologyConfig;
import dev.flowsim.emulator.ec2.topology.TopologyConfigException;
import dev.flowsim.emulator.ec2.topology.TopologyLoader;
import dev.flowsim.scenario.model.TopologyRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a scenario's {@code topology}: inline (the shape of {@code flowsim serve --topology}) or
 * {@code {file: net.yaml}} from the scenario's folder (YAML for .yaml/.yml, JSON otherwise). The emulator's own
 * topology checks run here, so a bad network is reported at the scenario's line and column.
 */
final class TopologyRefReader extends JsonDeserializer<TopologyRef> {

    @Override
    public TopologyRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            throw InvalidFormatException.from(p, "topology is an object (accounts: ...) or {file: net.yaml}",
                    node.toString(), TopologyRef.class);
        }
        String source = "inline";
        TopologyConfig config;
        try {
            if (node.size() == 1 && node.has("file")) {
                source = node.get("file").asText();
                String text = PolicyRefReader.read((Path) ctxt.getAttribute(PolicyRefReader.FOLDER), source, p);
                String lower = source.toLowerCase(Locale.ROOT);
                config = lower.endsWith(".yaml") || lower.endsWith(".yml") ? TopologyLoader.fromYaml(text)
                        : TopologyLoader.fromJson(text);
            } else {
                config = TopologyLoader.fromJson(node.toString());
            }
            ConfiguredTopology.of(config);
        } catch (TopologyConfigException e) {
            throw InvalidFormatException.from(p, "topology (" + source + "): " + e.getMessage(), source,
                    TopologyRef.class);
        }
        return new TopologyRef(config, source);
    }
}
