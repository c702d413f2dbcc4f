package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the test suites' raw HTTP text ({@code .req}, {@code .sreq}, {@code *-signed-request.txt}) into the
 * {@link WireRequest} a server would build: request line split into method, raw path and raw query; header values
 * trimmed, folded continuation lines joined with one space (as Netty does); the body is everything after the first
 * blank line, byte for byte.
 */
final class RawHttpRequestReader {

    private RawHttpRequestReader() {
    }

    static WireRequest read(String text) {
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? stripTrailingNewline(text) : text.substring(0, blank);
        String body = blank < 0 ? "" : text.substring(blank + 2);

        String[] lines = head.split("\n", -1);
        String requestLine = lines[0];
        int firstSpace = requestLine.indexOf(' ');
        int lastSpace = requestLine.lastIndexOf(' ');
        String method = requestLine.substring(0, firstSpace);
        String target = requestLine.substring(firstSpace + 1, lastSpace);
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);

        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + " " + line.trim();
                continue;
            }
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).trim()});
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String[] header : headers) {
            entries.add(Map.entry(header[0], header[1]));
        }
        return new WireRequest(method, rawPath, rawQuery, entries, body.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1");
    }

    /** The same request with one header's value replaced (or added when absent). */
    static WireRequest withHeader(WireRequest request, String name, String value) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        boolean replaced = false;
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                if (!replaced) {
                    entries.add(Map.entry(header.getKey(), value));
                    replaced = true;
                }
            } else {
                entries.add(header);
            }
        }
        if (!replaced) {
            entries.add(Map.entry(name, value));
        }
        return new WireRequest(request.method(), request.rawPath(), request.rawQuery(), entries, request.body(),
                request.remoteAddress());
    }

    /** The same request with another body. */
    static WireRequest withBody(WireRequest request, byte[] body) {
        return new WireRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(), body,
                request.remoteAddress());
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
