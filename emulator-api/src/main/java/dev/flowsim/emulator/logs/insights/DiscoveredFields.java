package dev.flowsim.emulator.logs.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Name → value for the message; empty when nothing is discovered. */
    static Map<String, Object> of(String message) {
        if (message.startsWith("{")) {
            return json(message);
        }
        String[] parts = message.split(" ", -1);
        if (parts.length != FLOW_LOG_NAMES.length || !parts[0].chars().allMatch(Character::isDigit)
                || parts[0].isEmpty()) {
            return Map.of();
        }
        Map<String, Object> fields = new HashMap<>(24);
        FLOW_LOG_INDEX.forEach((name, index) -> fields.put(name, parts[index]));
        return fields;
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
