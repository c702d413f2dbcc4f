package dev.flowsim.emulator.logs.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The fields Logs Insights discovers in a message: the 14 positional fields of a default-format (version 2) VPC
 * flow-log record, under AWS's names (with {@code start}/{@code end} as aliases of {@code startTime}/{@code endTime}),
 * or the flattened members of a JSON object ({@code a.b.c}, arrays as {@code a.0}). Values stay text.
 */
final class DiscoveredFields {

    static final String[] FLOW_LOG_NAMES = {"version", "accountId", "interfaceId", "srcAddr", "dstAddr", "srcPort",
        "dstPort", "protocol", "packets", "bytes", "startTime", "endTime", "action", "logStatus"};
    private static final Map<String, Integer> FLOW_LOG_INDEX = new HashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        for (int i = 0; i < FLOW_LOG_NAMES.length; i++) {
            FLOW_LOG_INDEX.put(FLOW_LOG_NAMES[i], i);
        }
        FLOW_LOG_INDEX.put("start", 10);
        FLOW_LOG_INDEX.put("end", 11);
    }

    private DiscoveredFields() {
    }

    /** Whether {@code name} is one of the flow-log field names (aliases included). */
    static boolean isFlowLogName(String name) {
        return FLOW_LOG_INDEX.containsKey(name);
    }

    /** The position of a flow-log field in the record (0 to 13); {@code name} must be one ({@link #isFlowLogName}). */
    static int flowLogIndex(String name) {
        return FLOW_LOG_INDEX.get(name);
    }

    /** The fields of one message, looked up by name; null when absent. */
    interface Lookup {
        Object get(String name);
    }

    private static final Lookup NONE = name -> null;

    /**
     * The message's discovered fields. A flow-log line is only located here (14 fields, single-space separated, a
     * numeric version); each field becomes a String when a query first asks for it, so a query that reads
     * {@code action} does not pay for the other 13.
     */
    static Lookup of(String message) {
        if (message.startsWith("{")) {
            Map<String, Object> fields = json(message);
            return fields::get;
        }
        return FlowLogLine.locate(message);
    }

    /** What {@link #flowLogField} answers for a message with a non-ASCII byte: decode it and use {@link #of}. */
    static final Object NOT_ASCII = new Object();

    /**
     * One field of an ASCII message that is not JSON, read from its bytes with exactly the rules of {@link #of}: the
     * field's text when the message is a 14-field record with a numeric version, else null; {@link #NOT_ASCII} when
     * a byte is not ASCII (the caller then decodes the message).
     */
    static Object flowLogField(byte[] bytes, int offset, int length, String name) {
        long span = flowLogSpan(bytes, offset, length, name);
        if (span < 0) {
            return span == NOT_ASCII_SPAN ? NOT_ASCII : null;
        }
        int from = (int) (span >>> 32);
        return new String(bytes, offset + from, (int) span - from, StandardCharsets.ISO_8859_1);
    }

    /** {@link #flowLogSpan}: the field is absent. */
    static final long NO_FIELD = -1;
    /** {@link #flowLogSpan}: a byte is not ASCII. */
    static final long NOT_ASCII_SPAN = -2;

    /**
     * Where {@link #flowLogField} finds the field, without making the String: {@code from << 32 | to} relative to
     * {@code offset}, else {@link #NO_FIELD} or {@link #NOT_ASCII_SPAN}.
     */
    static long flowLogSpan(byte[] bytes, int offset, int length, String name) {
        Integer wanted = FLOW_LOG_INDEX.get(name);
        if (wanted == null) {
            return NO_FIELD;
        }
        int last = FLOW_LOG_NAMES.length - 1;
        int field = 0;
        int versionEnd = -1;
        int from = wanted == 0 ? 0 : -1;
        int to = -1;
        for (int i = 0; i < length; i++) {
            byte b = bytes[offset + i];
            if (b > ' ') {
                continue; // the usual byte: one test
            }
            if (b < 0) {
                return NOT_ASCII_SPAN;
            }
            if (b == ' ') {
                if (field == last) {
                    return NO_FIELD;
                }
                if (field == 0) {
                    versionEnd = i;
                }
                if (field == wanted) {
                    to = i;
                }
                field++;
                if (field == wanted) {
                    from = i + 1;
                }
            }
        }
        if (field != last || versionEnd < 1) {
            return NO_FIELD;
        }
        for (int i = 0; i < versionEnd; i++) {
            byte b = bytes[offset + i];
            if (b < '0' || b > '9') {
                return NO_FIELD;
            }
        }
        if (wanted == last) {
            to = length;
        }
        return (long) from << 32 | to;
    }

    /** A default-format flow-log record: where each of its 14 fields starts, and the fields read so far. */
    private static final class FlowLogLine implements Lookup {
        private final String message;
        /** Field i spans [bounds[i], bounds[i + 1] - 1). */
        private final int[] bounds;
        private final String[] values = new String[FLOW_LOG_NAMES.length];

        private FlowLogLine(String message, int[] bounds) {
            this.message = message;
            this.bounds = bounds;
        }

        /** The located line, or {@link #NONE} when the message is not a 14-field record with a numeric version. */
        static Lookup locate(String message) {
            int n = FLOW_LOG_NAMES.length;
            int[] bounds = new int[n + 1];
            int field = 1;
            for (int i = 0; i < message.length(); i++) {
                if (message.charAt(i) == ' ') {
                    if (field == n) {
                        return NONE;
                    }
                    bounds[field++] = i + 1;
                }
            }
            if (field != n || bounds[1] < 2) {
                return NONE;
            }
            for (int i = 0; i < bounds[1] - 1; i++) {
                if (!Character.isDigit(message.charAt(i))) {
                    return NONE;
                }
            }
            bounds[n] = message.length() + 1;
            return new FlowLogLine(message, bounds);
        }

        @Override
        public Object get(String name) {
            Integer index = FLOW_LOG_INDEX.get(name);
            if (index == null) {
                return null;
            }
            String value = values[index];
            if (value == null) {
                value = message.substring(bounds[index], bounds[index + 1] - 1);
                values[index] = value;
            }
            return value;
        }
    }

    private static Map<String, Object> json(String message) {
        try {
            JsonNode root = MAPPER.readTree(message);
            Map<String, Object> fields = new HashMap<>();
            if (root != null && root.isObject()) {
                flatten("", root, fields);
            }
            return fields;
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix + e.getKey() + ".", e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }
}
