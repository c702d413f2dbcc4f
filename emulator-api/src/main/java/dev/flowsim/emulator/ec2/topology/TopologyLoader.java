package dev.flowsim.emulator.ec2.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a {@link TopologyConfig} from JSON or YAML, strictly: unknown keys, trailing content and nulls for numbers
 * are errors naming where they are. Reading only parses; {@link ConfiguredTopology#of} checks the content.
 */
public final class TopologyLoader {

    private TopologyLoader() {
    }

    /** YAML for {@code .yaml}/{@code .yml} files, JSON otherwise. */
    public static TopologyConfig read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? fromYaml(text) : fromJson(text);
        } catch (IOException e) {
            throw new TopologyConfigException("cannot read topology file " + file + ": " + e.getMessage(), e);
        }
    }

    public static TopologyConfig fromJson(String json) {
        return parse(new ObjectMapper(), json);
    }

    public static TopologyConfig fromYaml(String yaml) {
        return parse(new ObjectMapper(new YAMLFactory()), yaml);
    }

    private static TopologyConfig parse(ObjectMapper mapper, String text) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            TopologyConfig config = mapper.readValue(text, TopologyConfig.class);
            if (config == null || config.accounts() == null) {
                throw new TopologyConfigException("a topology needs 'accounts'");
            }
            return config;
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            String parent = path.equals(e.getPropertyName()) ? "the top level"
                    : path.substring(0, path.length() - e.getPropertyName().length() - 1);
            throw new TopologyConfigException("unknown key '" + e.getPropertyName() + "' in " + parent
                    + "; known keys: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new TopologyConfigException("malformed topology: " + e.getOriginalMessage() + " at " + path(e), e);
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (var ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.length() == 0 ? "the top level" : path.substring(path.charAt(0) == '.' ? 1 : 0);
        }
        return e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr();
    }
}
