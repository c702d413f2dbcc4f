package dev.flowsim.scenario.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML document is, by JSON pointer ({@code /timeline/2/at}), so checks made after binding can
 * still name the line and column.
 */
final class LocationIndex {

    private final Map<String, JsonLocation> byPointer = new HashMap<>();

    LocationIndex(String yaml) {
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t == JsonToken.START_OBJECT
                        || t == JsonToken.START_ARRAY) {
                    byPointer.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // Syntax errors are reported by the binding pass, with their own location.
        }
    }

    /** The location of the pointer, or of its nearest ancestor that has one. */
    JsonLocation find(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation loc = byPointer.get(p);
            if (loc != null || p.isEmpty()) {
                return loc;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
