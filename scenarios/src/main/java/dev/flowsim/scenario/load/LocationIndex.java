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

    /**
     * The location of the value at {@code pointer}; if the message names one of its keys (as {@code 'key'}, or
     * {@code parent.key}), that key's location.
     */
    JsonLocation locate(String pointer, String message) {
        int best = Integer.MAX_VALUE;
        String bestPointer = pointer;
        for (String candidate : byPointer.keySet()) {
            if (candidate.startsWith(pointer + "/") && candidate.indexOf('/', pointer.length() + 1) < 0) {
                String key = candidate.substring(pointer.length() + 1);
                int at = indexOfWord(message, key);
                if (at >= 0 && at < best) {
                    best = at;
                    bestPointer = candidate;
                }
            }
        }
        return find(bestPointer);
    }

    private static int indexOfWord(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![A-Za-z0-9])"
                + java.util.regex.Pattern.quote(word) + "(?![A-Za-z0-9])").matcher(text);
        return m.find() ? m.start() : -1;
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
