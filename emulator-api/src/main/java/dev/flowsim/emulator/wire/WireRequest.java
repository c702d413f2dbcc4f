package dev.flowsim.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as it arrived, free of any server library: the pipeline, SigV4 and the protocols work on this,
 * so they can be tested without sockets. Header names keep their received spelling and order; lookups ignore case.
 *
 * @param method     HTTP method, upper case as received
 * @param rawPath    the request-target path exactly as sent (still percent-encoded), without the query
 * @param rawQuery   the query string exactly as sent (still percent-encoded), without '?'; empty when none
 * @param headers    headers in arrival order; repeated names appear repeatedly
 * @param body       the request body (empty array when none)
 * @param remoteAddress the peer's IP address as text, for aws:SourceIp and loopback checks
 */
public record WireRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
                          byte[] body, String remoteAddress) {

    public WireRequest {
        Objects.requireNonNull(method, "method");
        rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
        remoteAddress = remoteAddress == null ? "" : remoteAddress;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** All values of a header in arrival order. */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>(1);
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                values.add(h.getValue());
            }
        }
        return values;
    }

    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type of Content-Type without parameters, lower case; empty when absent. */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Convenience for tests and in-process callers. */
    public static WireRequest of(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
                                 String body) {
        return new WireRequest(method, rawPath, rawQuery, headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
