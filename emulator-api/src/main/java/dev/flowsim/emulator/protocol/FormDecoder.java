package dev.flowsim.emulator.protocol;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes the Query protocols' parameters from a form body (POST) or the query string (GET). */
final class FormDecoder {

    private FormDecoder() {
    }

    static QueryParams decode(WireRequest request) {
        String encoded;
        if ("POST".equals(request.method()) && request.body().length > 0) {
            encoded = strictUtf8(request.body());
        } else {
            encoded = request.rawQuery();
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return new QueryParams(values);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeComponent(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return new QueryParams(values);
    }

    /** The {@code Action} parameter, or AWS's MissingAction error with the protocol's wording. */
    static String action(WireRequest request, String missingMessage) {
        String action = decode(request).get("Action");
        if (action == null || action.isEmpty()) {
            throw new AwsException("MissingAction", missingMessage, 400);
        }
        return action;
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed();
        }
    }

    private static String decodeComponent(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static AwsException malformed() {
        return new AwsException("MalformedQueryString", "The query string is not a valid form encoding", 400);
    }
}
