package dev.flowsim.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final String targetPrefix;

    public JsonProtocol(String targetPrefix) {
        this.targetPrefix = targetPrefix;
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

    private static AwsException serializationError(String detail) {
        return new AwsException("SerializationException", detail, 400);
    }

    @Override
    public WireResponse success(String operation, Object result, String requestId) {
        byte[] body;
        try {
            body = result == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : MAPPER.writeValueAsBytes(result);
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
        try {
            return WireResponse.of(error.httpStatus(), CONTENT_TYPE, MAPPER.writeValueAsBytes(body),
                    Map.of("x-amzn-RequestId", requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
