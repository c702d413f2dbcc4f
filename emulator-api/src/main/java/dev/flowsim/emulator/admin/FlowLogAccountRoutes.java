package dev.flowsim.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static dev.flowsim.emulator.admin.AdminApi.json;

/**
 * The books of every flow log the publisher runs: {@code POST /_flowsim/delivery/accounting} (the publisher hands over
 * a flow log's snapshot), {@code GET /_flowsim/flow-logs} (all of them) and {@code GET /_flowsim/flow-logs/{id}}.
 * A snapshot is checked (generated = delivered + rejected + dropped + pending per interface, totals = the sum of the
 * interfaces) and then replaces the flow log's previous one whole, so readers never see half an update and no lock
 * is held while answering.
 */
final class FlowLogAccountRoutes {

    static final String POST_PATH = "/_flowsim/delivery/accounting";
    static final String LIST_PATH = "/_flowsim/flow-logs";

    private static final List<String> COUNTS = List.of("generated", "delivered", "pending");

    private final Map<String, Map<String, Object>> books = new ConcurrentHashMap<>();

    List<AdminApi.Route> routes() {
        return List.of(
                new AdminApi.Route("POST", POST_PATH, false, this::accept),
                new AdminApi.Route("GET", LIST_PATH, false, r -> json(200, Map.of("flowLogs", all()))),
                new AdminApi.Route("GET", LIST_PATH + "/", true, this::one));
    }

    private List<Map<String, Object>> all() {
        return new ArrayList<>(new TreeMap<>(books).values());
    }

    private WireResponse one(WireRequest request) {
        String id = request.rawPath().substring(LIST_PATH.length() + 1);
        Map<String, Object> book = books.get(id);
        if (book == null) {
            return json(404, Map.of("error", "the publisher has reported no records for flow log '" + id
                    + "' (it reports once the flow log's first window is delivered)"));
        }
        return json(200, book);
    }

    private WireResponse accept(WireRequest request) {
        JsonNode body;
        try {
            body = JsonProtocol.MAPPER.readTree(request.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("a flow log's accounting must be JSON: " + e.getMessage());
        }
        if (body == null || !body.path("flowLogId").isTextual() || !body.path("interfaces").isObject()) {
            throw new IllegalArgumentException("a flow log's accounting needs \"flowLogId\" and \"interfaces\"");
        }
        String flowLogId = body.get("flowLogId").asText();
        Map<String, Map<String, Object>> interfaces = new TreeMap<>();
        Map<String, Object> totals = emptyBalance();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.get("interfaces").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Map<String, Object> balance = balance(flowLogId + " " + entry.getKey(), entry.getValue());
            interfaces.put(entry.getKey(), balance);
            add(totals, balance);
        }
        if (body.hasNonNull("totals")
                && !withoutZeros(balance(flowLogId + " totals", body.get("totals"))).equals(withoutZeros(totals))) {
            throw new IllegalArgumentException(flowLogId + ": \"totals\" must be the sum of the interfaces' counts");
        }
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("flowLogId", flowLogId);
        book.put("takenAt", body.path("takenAt").asLong());
        book.put("balanced", true);
        book.put("totals", totals);
        book.put("interfaces", interfaces);
        books.put(flowLogId, book);
        return WireResponse.empty(204);
    }

    /** One interface's counts, refused unless every count is a non-negative integer and the identity holds. */
    private static Map<String, Object> balance(String where, JsonNode node) {
        Map<String, Object> balance = new LinkedHashMap<>();
        long settled = 0;
        for (String count : COUNTS) {
            balance.put(count, count(where, count, node.get(count)));
        }
        for (String group : List.of("rejected", "dropped")) {
            Map<String, Long> byReason = new TreeMap<>();
            JsonNode reasons = node.path(group);
            for (Iterator<Map.Entry<String, JsonNode>> it = reasons.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> reason = it.next();
                long value = count(where, group + "." + reason.getKey(), reason.getValue());
                byReason.put(reason.getKey(), value);
                settled += value;
            }
            balance.put(group, byReason);
        }
        long generated = (Long) balance.get("generated");
        settled += (Long) balance.get("delivered") + (Long) balance.get("pending");
        if (generated != settled) {
            throw new IllegalArgumentException(where + ": generated " + generated + " but delivered + rejected + "
                    + "dropped + pending = " + settled + "; the books must balance");
        }
        return balance;
    }

    private static long count(String where, String name, JsonNode value) {
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a non-negative integer");
        }
        return value.asLong();
    }

    /** A balance with its zero reason counts left out, so that listing a reason at 0 and omitting it agree. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutZeros(Map<String, Object> balance) {
        Map<String, Object> copy = new LinkedHashMap<>(balance);
        for (String group : List.of("rejected", "dropped")) {
            Map<String, Long> nonZero = new TreeMap<>((Map<String, Long>) balance.get(group));
            nonZero.values().removeIf(n -> n == 0);
            copy.put(group, nonZero);
        }
        return copy;
    }

    private static Map<String, Object> emptyBalance() {
        Map<String, Object> balance = new LinkedHashMap<>();
        COUNTS.forEach(count -> balance.put(count, 0L));
        balance.put("rejected", new TreeMap<String, Long>());
        balance.put("dropped", new TreeMap<String, Long>());
        return balance;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> into, Map<String, Object> balance) {
        COUNTS.forEach(count -> into.merge(count, balance.get(count), (a, b) -> (Long) a + (Long) b));
        for (String group : List.of("rejected", "dropped")) {
            Map<String, Long> target = (Map<String, Long>) into.get(group);
            ((Map<String, Long>) balance.get(group)).forEach((reason, n) -> target.merge(reason, n, Long::sum));
        }
    }
}
