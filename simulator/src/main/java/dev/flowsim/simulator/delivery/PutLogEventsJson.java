package dev.flowsim.simulator.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON 1.1 body of a PutLogEvents request, written straight from the rendered lines: no model object per
 * event. Strings are escaped as JSON requires (quote, backslash, control characters); everything else, non-ASCII
 * included, goes through as UTF-8.
 */
final class PutLogEventsJson {

    private PutLogEventsJson() {
    }

    static byte[] body(String logGroupName, String logStreamName, List<LogEvent> batch) {
        if (batch instanceof EncodedEvents encoded) {
            return body(logGroupName, logStreamName, encoded);
        }
        int estimate = 96 + logGroupName.length() + logStreamName.length();
        for (LogEvent event : batch) {
            estimate += event.message().length() + 40;
        }
        StringBuilder json = new StringBuilder(estimate);
        json.append("{\"logGroupName\":");
        string(json, logGroupName);
        json.append(",\"logStreamName\":");
        string(json, logStreamName);
        json.append(",\"logEvents\":[");
        for (int i = 0; i < batch.size(); i++) {
            LogEvent event = batch.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"timestamp\":").append(event.timestamp()).append(",\"message\":");
            string(json, event.message());
            json.append('}');
        }
        json.append("]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same body written from the stored UTF-8 bytes: no String per event, one pass over the bytes. */
    static byte[] body(String logGroupName, String logStreamName, EncodedEvents batch) {
        StringBuilder names = new StringBuilder(64 + logGroupName.length() + logStreamName.length());
        names.append("{\"logGroupName\":");
        string(names, logGroupName);
        names.append(",\"logStreamName\":");
        string(names, logStreamName);
        names.append(",\"logEvents\":[");
        byte[] head = names.toString().getBytes(StandardCharsets.UTF_8);
        int n = batch.size();
        // Exact unless a message needs escaping, so the buffer is usually the body itself (no copy at the end).
        long estimate = head.length + 2L - (n > 0 ? 1 : 0) + batch.messageBytes() + (long) EVENT_FRAME * n;
        long lastTimestamp = -1;
        int timestampDigits = 0;
        for (int i = 0; i < n; i++) {
            long timestamp = batch.timestamp(i);
            if (timestamp != lastTimestamp) {
                timestampDigits = ByteJson.digitsOf(timestamp);
                lastTimestamp = timestamp;
            }
            estimate += timestampDigits;
        }
        ByteJson json = new ByteJson((int) Math.min(estimate, Integer.MAX_VALUE - 16));
        json.raw(head);
        byte[] bytes = batch.bytes();
        // Flow log lines need no escaping, and the store knows it: then each message is one copy.
        boolean escaping = batch.needsEscaping();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.raw((byte) ',');
            }
            json.raw(TIMESTAMP_OPEN);
            json.digits(batch.timestamp(i));
            json.raw(MESSAGE_OPEN);
            if (escaping) {
                json.escaped(bytes, batch.start(i), batch.byteLength(i));
            } else {
                json.plain(bytes, batch.start(i), batch.byteLength(i));
            }
            json.raw(EVENT_CLOSE);
        }
        json.raw((byte) ']');
        json.raw((byte) '}');
        return json.finish();
    }

    private static final byte[] TIMESTAMP_OPEN = "{\"timestamp\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE_OPEN = ",\"message\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_CLOSE = "\"}".getBytes(StandardCharsets.US_ASCII);
    private static final int EVENT_FRAME = 1 + TIMESTAMP_OPEN.length + MESSAGE_OPEN.length + EVENT_CLOSE.length;

    static void string(StringBuilder json, String value) {
        json.append('"');
        int plainFrom = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            json.append(value, plainFrom, i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> json.append(String.format("\\u%04x", (int) c));
            }
            plainFrom = i + 1;
        }
        json.append(value, plainFrom, value.length()).append('"');
    }
}
