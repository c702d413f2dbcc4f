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
