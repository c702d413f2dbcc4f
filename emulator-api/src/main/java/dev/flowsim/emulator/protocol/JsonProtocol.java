package dev.flowsim.emulator.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.auth.ProtocolFamily;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.io.IOException;
import java.util.Map;

/**
 * AWS JSON 1.1 (CloudWatch Logs): {@code POST /} with {@code X-Amz-Target: <prefix>.<Operation>} and a JSON body;
 * errors are {@code {"__type":"Code","message":"..."}}, never with an {@code x-amzn-ErrorType} header, as Logs sends.
 */
public final class JsonProtocol implements WireProtocol {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** Shared, configured once: strict about the input it accepts, bounded in depth and number size. */
    public static final ObjectMapper MAPPER = newMapper();

    // Reads one member's value inside a body, leaving the parser on the value's last token.
    private static final ObjectReader MEMBER_READER = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final String targetPrefix;
    private final Map<String, StreamedMember> streamedMembers;

    public JsonProtocol(String targetPrefix) {
        this(targetPrefix, Map.of());
    }

    /**
     * @param streamedMembers by operation name, a member of its input decoded by a {@link StreamedMember} instead
     *                        of into a tree
     */
    public JsonProtocol(String targetPrefix, Map<String, StreamedMember> streamedMembers) {
        this.targetPrefix = targetPrefix;
        this.streamedMembers = Map.copyOf(streamedMembers);
    }

    /**
     * Decodes one large member of an operation's input (PutLogEvents' events) straight from the parser into the
     * form the handler stores, so a 1 MB body never becomes thousands of tree nodes. The decoded value reaches the
     * handler as a {@link com.fasterxml.jackson.databind.node.POJONode} in place of the member. A decoder takes only
     * the plain, valid shape: for anything else it throws {@link NotStreamable} and the whole body is decoded as a
     * tree, so every error and every edge case is exactly that of the tree path.
     */
    public interface StreamedMember {

        /** The member's name in the body. */
        String member();

        /**
         * Called with the parser on the member value's first token; must leave it on the value's last token.
         *
         * @throws NotStreamable to have the body decoded as a tree instead
         */
        Object decode(JsonParser parser, int bodyBytes) throws IOException;

        /**
         * Optionally, the same decode straight from the body's bytes, for the plainest input only, with the member's
         * value starting at {@code from}. Returns null to leave the body to the parser path (which then decides,
         * errors included); otherwise the decoded value and the index just after the member's value.
         */
        default RawMember decodeRaw(byte[] body, int from) {
            return null;
        }
    }

    /** A member decoded by {@link StreamedMember#decodeRaw}: its value and where the value ended. */
    public record RawMember(Object value, int end) {
    }

    /** Thrown by a {@link StreamedMember} for input it leaves to the tree decoder. */
    public static final class NotStreamable extends RuntimeException {

        public static final NotStreamable INSTANCE = new NotStreamable();

        private NotStreamable() {
            super("not streamable", null, false, false);
        }
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxNumberLength(64)
                        .maxStringLength(8 * 1024 * 1024)
                        .build())
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    @Override
    public ProtocolFamily family() {
        return ProtocolFamily.JSON;
    }

    @Override
    public String operationName(WireRequest request) {
        String target = request.header("X-Amz-Target");
        if (target == null || !target.startsWith(targetPrefix + ".") || target.length() == targetPrefix.length() + 1) {
            throw new AwsException("UnknownOperationException", null, 400);
        }
        return target.substring(targetPrefix.length() + 1);
    }

    @Override
    public Object decodeInput(WireRequest request) {
        if (request.body().length == 0) {
            return MAPPER.createObjectNode();
        }
        StreamedMember streamed = streamedMembers.isEmpty() ? null : streamedMembers.get(operationOrNull(request));
        if (streamed != null) {
            ObjectNode raw = RawBodyDecoder.decode(request.body(), streamed, MAPPER.getNodeFactory());
            if (raw != null) {
                return raw;
            }
            try {
                return decodeStreaming(request.body(), streamed);
            } catch (IOException | NotStreamable e) {
                // Fall through: the tree decoder below reports the problem, or handles the unusual shape.
            }
        }
        try {
            JsonNode node = MAPPER.readTree(request.body());
            if (node == null || !node.isObject()) {
                throw serializationError("Expected a JSON object as the request body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw serializationError(e.getOriginalMessage());
        } catch (IOException e) {
            throw serializationError("Unreadable request body");
        }
    }

    private String operationOrNull(WireRequest request) {
        try {
            return operationName(request);
        } catch (AwsException e) {
            return null;
        }
    }

    private static ObjectNode decodeStreaming(byte[] body, StreamedMember streamed) throws IOException {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw NotStreamable.INSTANCE;
            }
            ObjectNode node = MAPPER.createObjectNode();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (node.has(name)) {
                    throw NotStreamable.INSTANCE;
                }
                if (name.equals(streamed.member()) && value == JsonToken.START_ARRAY) {
                    node.set(name, node.pojoNode(streamed.decode(parser, body.length)));
                } else if (value == JsonToken.VALUE_NULL) {
                    node.putNull(name);
                } else {
                    node.set(name, MEMBER_READER.readTree(parser));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw NotStreamable.INSTANCE;
            }
            return node;
        }
    }

    private static AwsException serializationError(String detail) {
        return new AwsException("SerializationException", detail, 400);
    }

    @Override
    public WireResponse success(String operation, Object result, String requestId) {
        byte[] body;
        try {
            byte[] plain = result == null ? EMPTY_OBJECT.clone() : PlainJsonWriter.write(result);
            body = plain != null ? plain : MAPPER.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + operation + " result", e);
        }
        return WireResponse.of(200, CONTENT_TYPE, body, Map.of("x-amzn-RequestId", requestId));
    }

    @Override
    public WireResponse error(AwsException error, String requestId) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("__type", error.code());
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        error.extraFields().forEach(body::put);
        error.structuredFields().forEach((name, value) -> body.set(name, MAPPER.valueToTree(value)));
        try {
            return WireResponse.of(error.httpStatus(), CONTENT_TYPE, MAPPER.writeValueAsBytes(body),
                    Map.of("x-amzn-RequestId", requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
