package dev.flowsim.scenario.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flowsim.scenario.model.PolicyRef;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TopologyRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file strictly: an unknown key, a duplicate key, a value of the wrong type or out of range, a
 * policy file outside the scenario's folder, or a reference to something the scenario does not define is an error
 * naming the file, line and column.
 */
public final class ScenarioLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule().addDeserializer(PolicyRef.class, new PolicyRefReader())
                    .addDeserializer(TopologyRef.class, new TopologyRefReader()))
            .build();

    private ScenarioLoader() {
    }

    /** A loaded scenario and the file it came from. */
    public record Loaded(Path file, Scenario scenario) {
    }

    public static Loaded load(Path file) throws ScenarioException {
        String shown = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(shown, 0, 0, "cannot read the file: " + e)));
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Scenario scenario;
        try {
            scenario = YAML.readerFor(Scenario.class).withAttribute(PolicyRefReader.FOLDER, folder).readValue(text);
        } catch (JsonMappingException e) {
            // Records are built once their object ends, so Jackson's own location is often that end: locate the
            // value by its path instead, down to the key the message names when there is one.
            String message = describe(e);
            JsonLocation at = new LocationIndex(text).locate(pointerOf(e), message);
            throw new ScenarioException(List.of(problem(shown, at != null ? at : e.getLocation(), message)));
        } catch (JsonParseException e) {
            throw new ScenarioException(List.of(problem(shown, e.getLocation(), "YAML syntax: "
                    + compact(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(shown, 0, 0, "cannot read the file: " + e)));
        }
        if (scenario == null) {
            throw new ScenarioException(List.of(new Problem(shown, 0, 0, "the file is empty")));
        }
        List<ReferenceChecks.Finding> findings = ReferenceChecks.check(scenario);
        if (!findings.isEmpty()) {
            LocationIndex index = new LocationIndex(text);
            List<Problem> problems = new ArrayList<>();
            for (ReferenceChecks.Finding f : findings) {
                problems.add(problem(shown, index.find(f.pointer()), f.message()));
            }
            throw new ScenarioException(problems);
        }
        return new Loaded(file, scenario);
    }

    private static Problem problem(String file, JsonLocation loc, String message) {
        return loc == null ? new Problem(file, 0, 0, message)
                : new Problem(file, loc.getLineNr(), loc.getColumnNr(), message);
    }

    private static String describe(JsonMappingException e) {
        String where = pathOf(e);
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String parent = where.endsWith(u.getPropertyName()) ? where.substring(0, where.length()
                    - u.getPropertyName().length()).replaceAll("\\.$", "") : where;
            return "unknown key '" + u.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent)
                    + "; expected one of: " + known;
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return (where.isEmpty() ? "" : where + ": ") + cause.getMessage();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "bad value '" + f.getValue() + "' for " + where + "; expected one of: "
                    + enumNames(f.getTargetType());
        }
        if (e.getCause() instanceof JsonParseException p) {
            return "YAML syntax: " + compact(p.getOriginalMessage());
        }
        return "bad value" + (where.isEmpty() ? "" : " for " + where) + ": " + e.getOriginalMessage();
    }

    /** SnakeYAML's multi-line messages on one line, without the echo of the source. */
    private static String compact(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").replaceAll(" in 'reader', line \\d+, column \\d+:[^^]*\\^", "").strip();
    }

    private static String enumNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            try {
                var annotation = type.getField(((Enum<?>) c).name())
                        .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                names.add(annotation != null ? annotation.value() : ((Enum<?>) c).name());
            } catch (NoSuchFieldException ex) {
                names.add(((Enum<?>) c).name());
            }
        }
        return String.join(", ", names);
    }

    /** {@code /timeline/2/putRolePolicy}, from Jackson's path. */
    private static String pointerOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    /** {@code timeline[2].putRolePolicy}, from Jackson's path. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

}
