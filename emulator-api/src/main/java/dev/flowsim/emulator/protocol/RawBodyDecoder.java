package dev.flowsim.emulator.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/**
 * The fastest of the three decodes of a body with a streamed member (PutLogEvents): a single pass over the bytes,
 * no parser, for a body that is one object whose members are plain strings (printable ASCII, no escapes), nulls,
 * and the streamed member, each name once. For anything else it returns null and the Jackson-based decodes run as
 * before, so what is accepted, refused and reported does not change; only the plain case gets faster.
 */
final class RawBodyDecoder {

    private RawBodyDecoder() {
    }

    /** The decoded body as the streaming decode would have built it, or null to use the streaming decode. */
    static ObjectNode decode(byte[] body, JsonProtocol.StreamedMember streamed, JsonNodeFactory nodes) {
        int i = RawJson.skipWhitespace(body, 0);
        if (i >= body.length || body[i] != '{') {
            return null;
        }
        ObjectNode node = new ObjectNode(nodes);
        i = RawJson.skipWhitespace(body, i + 1);
        if (i < body.length && body[i] == '}') {
            return null; // an empty body: let the usual path report the missing members
        }
        while (true) {
            if (i >= body.length || body[i] != '"') {
                return null;
            }
            int nameEnd = RawJson.endOfPlainString(body, i + 1);
            if (nameEnd < 0) {
                return null;
            }
            String name = new String(body, i + 1, nameEnd - i - 1, StandardCharsets.ISO_8859_1);
            if (node.has(name)) {
                return null;
            }
            i = RawJson.skipWhitespace(body, nameEnd + 1);
            if (i >= body.length || body[i] != ':') {
                return null;
            }
            i = RawJson.skipWhitespace(body, i + 1);
            if (i >= body.length) {
                return null;
            }
            if (body[i] == '"') {
                int end = RawJson.endOfPlainString(body, i + 1);
                if (end < 0) {
                    return null;
                }
                node.put(name, new String(body, i + 1, end - i - 1, StandardCharsets.ISO_8859_1));
                i = end + 1;
            } else if (body[i] == '[' && name.equals(streamed.member())) {
                JsonProtocol.RawMember member = streamed.decodeRaw(body, i);
                if (member == null) {
                    return null;
                }
                node.set(name, node.pojoNode(member.value()));
                i = member.end();
            } else if (startsWith(body, i, "null")) {
                node.putNull(name);
                i += 4;
            } else {
                return null;
            }
            i = RawJson.skipWhitespace(body, i);
            if (i >= body.length) {
                return null;
            }
            if (body[i] == '}') {
                return RawJson.skipWhitespace(body, i + 1) == body.length ? node : null;
            }
            if (body[i] != ',') {
                return null;
            }
            i = RawJson.skipWhitespace(body, i + 1);
        }
    }

    private static boolean startsWith(byte[] body, int at, String word) {
        if (at + word.length() > body.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (body[at + k] != word.charAt(k)) {
                return false;
            }
        }
        // "nullx" is not null: the next byte must end the value.
        int next = at + word.length();
        return next == body.length || !Character.isLetterOrDigit(body[next]);
    }
}
