package dev.flowsim.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes the plainest JSON trees (the answer of every PutLogEvents: {@code {"nextSequenceToken":"..."}}) without a
 * Jackson generator, byte for byte as {@link JsonProtocol#MAPPER} writes them: no whitespace, members in insertion
 * order. It takes only objects and arrays of printable-ASCII text that needs no escape, integral numbers, booleans
 * and nulls; for anything else it answers null and Jackson writes the tree, so output never differs. A generator,
 * its buffer recycling and the serializer look-ups cost more than the answer of a small request.
 */
final class PlainJsonWriter {

    private static final int MAX_DEPTH = 8;

    private PlainJsonWriter() {
    }

    /** The tree as JSON bytes, or null when it is not plain enough (Jackson then writes it). */
    static byte[] write(Object result) {
        if (!(result instanceof ObjectNode node)) {
            return null;
        }
        StringBuilder out = new StringBuilder(64);
        if (!append(out, node, 0)) {
            return null;
        }
        // Only ASCII was appended, so each char is one byte.
        int length = out.length();
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) out.charAt(i);
        }
        return bytes;
    }

    private static boolean append(StringBuilder out, JsonNode node, int depth) {
        switch (node.getNodeType()) {
            case STRING -> {
                return appendText(out, node.textValue());
            }
            case NUMBER -> {
                if (!node.isInt() && !node.isLong()) {
                    return false;
                }
                out.append(node.longValue());
                return true;
            }
            case BOOLEAN -> {
                out.append(node.booleanValue());
                return true;
            }
            case NULL -> {
                out.append("null");
                return true;
            }
            case OBJECT -> {
                return depth < MAX_DEPTH && appendObject(out, (ObjectNode) node, depth);
            }
            case ARRAY -> {
                return depth < MAX_DEPTH && appendArray(out, (ArrayNode) node, depth);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean appendObject(StringBuilder out, ObjectNode node, int depth) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            if (!appendText(out, member.getKey())) {
                return false;
            }
            out.append(':');
            if (!append(out, member.getValue(), depth + 1)) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean appendArray(StringBuilder out, ArrayNode node, int depth) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            if (!append(out, node.get(i), depth + 1)) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    /** A quoted string when every char is printable ASCII other than '"' and '\\' (Jackson escapes nothing then). */
    private static boolean appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        out.append('"').append(text).append('"');
        return true;
    }
}
