package dev.flowsim.emulator.logs.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON selector such as {@code $.eventType}, {@code $.users[0].id} or {@code $.coordinates[0][1]}: property names
 * of letters, digits, {@code -} and {@code _}, array indexes after a property.
 */
record JsonSelector(String text, List<Object> steps) {

    static JsonSelector parse(Cursor in) {
        in.skipBlanks();
        int start = in.position();
        if (!in.peekIs('$')) {
            if (in.atEnd()) {
                throw InvalidFilterPatternException.syntax("expected a selector such as $.field");
            }
            throw InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        in.skip(1);
        StringBuilder text = new StringBuilder("$");
        List<Object> steps = new ArrayList<>();
        while (!in.atEnd() && (in.peekIs('.') || in.peekIs('['))) {
            if (in.next() == '.') {
                StringBuilder name = new StringBuilder();
                while (!in.atEnd() && (Character.isLetterOrDigit(in.peek()) || in.peek() == '_' || in.peek() == '-')) {
                    name.append(in.next());
                }
                if (name.length() == 0) {
                    throw in.atEnd() ? InvalidFilterPatternException.syntax("selector ends with '.'")
                            : InvalidFilterPatternException.invalidCharacter(in.peek());
                }
                steps.add(name.toString());
                text.append('.').append(name);
            } else {
                StringBuilder index = new StringBuilder();
                while (!in.atEnd() && Character.isDigit(in.peek())) {
                    index.append(in.next());
                }
                if (index.length() == 0 || !in.peekIs(']')) {
                    throw in.atEnd() ? InvalidFilterPatternException.syntax("unterminated array index")
                            : InvalidFilterPatternException.invalidCharacter(in.peek());
                }
                in.skip(1);
                steps.add(Integer.parseInt(index.toString()));
                text.append('[').append(index).append(']');
            }
        }
        if (steps.isEmpty()) {
            throw InvalidFilterPatternException.syntax("selector at position " + start + " names no field");
        }
        return new JsonSelector(text.toString(), List.copyOf(steps));
    }

    /** The node selected, or null when the path does not exist. */
    JsonNode resolve(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer i ? (node.isArray() ? node.get(i) : null)
                    : (node.isObject() ? node.get((String) step) : null);
        }
        return node;
    }

    /** A value node's text (numbers as written, booleans as true/false); null for objects, arrays and null. */
    static String scalarText(JsonNode node) {
        return node == null || node.isContainerNode() || node.isNull() ? null : node.asText();
    }
}
