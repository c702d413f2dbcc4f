package dev.flowsim.emulator.identity.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads an accounts configuration file (JSON) strictly: unknown keys, duplicate keys, wrong types and trailing
 * content are errors naming the line and column. Error messages quote key names, never values, so secrets in the
 * file cannot leak into them.
 */
public final class AccountsConfigReader {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private AccountsConfigReader() {
    }

    public static AccountsConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** @param source how messages name the input, e.g. the file name */
    public static AccountsConfig parse(String text, String source) {
        try {
            AccountsConfig config = STRICT.readValue(text, AccountsConfig.class);
            if (config == null) {
                throw new ConfigException(source + ": empty configuration");
            }
            return config;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(at(source, e.getLocation()) + "unknown key '" + e.getPropertyName() + "' in "
                    + path(e) + " (known keys: " + known + ")");
        } catch (JsonMappingException e) {
            throw new ConfigException(at(source, e.getLocation()) + "invalid value at " + path(e) + ": "
                    + withoutValues(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ConfigException(at(source, e.getLocation()) + "not valid JSON: "
                    + withoutValues(e.getOriginalMessage()));
        }
    }

    /** Jackson quotes the offending value in some messages; a value may be a secret, so quotes are blanked. */
    private static String withoutValues(String message) {
        return message.split("\n")[0].replaceAll("\"[^\"]*\"", "\"...\"").replaceAll("'[^']*'", "'...'");
    }

    private static String at(String source, JsonLocation location) {
        return location == null ? source + ": "
                : source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** The member path, e.g. {@code accounts[0].users[1]}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "the top level" : out.toString();
    }
}
