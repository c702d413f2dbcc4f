package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.protocol.XmlElement;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * IAM's Marker/MaxItems paging over a list sorted by a unique key. The marker handed out is opaque to clients (the
 * key the next page starts at, Base64-encoded); a marker flowsim did not hand out is refused with InvalidInput.
 */
final class Paging {

    private Paging() {
    }

    record Request(String marker, int maxItems) {
    }

    record Page<T>(List<T> items, boolean truncated, String nextMarker) {

        /** Adds {@code IsTruncated} and, when truncated, {@code Marker} to a list result. */
        void addTo(XmlElement result) {
            result.add("IsTruncated", truncated);
            if (truncated) {
                result.add("Marker", nextMarker);
            }
        }
    }

    /** The page of {@code sorted} (sorted by {@code key}) that {@code request} asks for. */
    static <T> Page<T> page(List<T> sorted, Function<T, String> key, Request request) {
        int from = 0;
        if (request.marker() != null) {
            String start = decode(request.marker());
            from = sorted.size();
            for (int i = 0; i < sorted.size(); i++) {
                if (key.apply(sorted.get(i)).compareTo(start) >= 0) {
                    from = i;
                    break;
                }
            }
        }
        int to = Math.min(sorted.size(), from + request.maxItems());
        boolean truncated = to < sorted.size();
        return new Page<>(sorted.subList(from, to), truncated, truncated ? encode(key.apply(sorted.get(to))) : null);
    }

    static String encode(String key) {
        return Base64.getEncoder().encodeToString(("fs1:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            String text = new String(Base64.getDecoder().decode(marker), StandardCharsets.UTF_8);
            if (text.startsWith("fs1:")) {
                return text.substring(4);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new AwsException("InvalidInput", "Invalid Marker.", 400);
    }
}
