package dev.flowsim.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response ready for the wire: status, headers (Content-Length is added by the server) and body. */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

    public WireResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static WireResponse of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static WireResponse of(int status, String contentType, byte[] body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new WireResponse(status, headers, body);
    }

    public static WireResponse empty(int status) {
        return new WireResponse(status, Map.of(), new byte[0]);
    }

    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
