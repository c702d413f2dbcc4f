package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.protocol.JsonProtocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque {@code nextToken}s for the Describe operations: the operation's name and the sort key of the last item
 * returned, JSON-encoded and base64url-wrapped. Paging resumes after that key, so concurrent creations neither
 * repeat nor skip items. A token that does not decode to the same operation's key is invalid.
 */
final class PageTokens {

    private PageTokens() {
    }

    static String encode(String operation, List<String> key) {
        List<String> parts = new ArrayList<>(key.size() + 1);
        parts.add(operation);
        parts.addAll(key);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JsonProtocol.MAPPER.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a page token", e);
        }
    }

    /**
     * The key a token carries.
     *
     * @throws dev.flowsim.emulator.error.AwsException {@code The specified nextToken is invalid.} when the token
     *         was not issued by {@code operation} or does not have {@code keySize} parts
     */
    static List<String> decode(String operation, String token, int keySize) {
        JsonNode parts;
        try {
            parts = JsonProtocol.MAPPER.readTree(Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException | IOException e) {
            throw LogsErrors.invalidNextToken();
        }
        if (parts == null || !parts.isArray() || parts.size() != keySize + 1
                || !operation.equals(parts.get(0).asText(null))) {
            throw LogsErrors.invalidNextToken();
        }
        List<String> key = new ArrayList<>(keySize);
        for (int i = 1; i <= keySize; i++) {
            if (!parts.get(i).isTextual()) {
                throw LogsErrors.invalidNextToken();
            }
            key.add(parts.get(i).asText());
        }
        return key;
    }
}
