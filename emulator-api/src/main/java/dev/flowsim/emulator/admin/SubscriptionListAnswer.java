package dev.flowsim.emulator.admin;

import dev.flowsim.emulator.ec2.FlowLogStore;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /_flowsim/delivery/subscriptions}, answered from the serialized list kept until the flow-log store
 * changes ({@link FlowLogStore#generation()}; the topology is fixed for an emulator's life). The publisher asks every
 * window, and with 10,000 interfaces building the list and its JSON anew each time cost a sixth of a worker thread.
 * The body is exactly what it always was; added only: an {@code ETag} on every answer, and {@code 304 Not Modified}
 * (no body) to a request whose {@code If-None-Match} names the current one.
 */
final class SubscriptionListAnswer {

    static final String PATH = "/_flowsim/delivery/subscriptions";

    private record Serialized(long generation, String etag, byte[] body) {
    }

    private final FlowLogStore flowLogs;
    private volatile Serialized latest;

    SubscriptionListAnswer(FlowLogStore flowLogs) {
        this.flowLogs = Objects.requireNonNull(flowLogs, "flowLogs");
    }

    WireResponse answer(WireRequest request) {
        Serialized current = current();
        String asked = request.header("If-None-Match");
        if (asked != null && matches(asked, current.etag())) {
            return new WireResponse(304, Map.of("ETag", current.etag()), null);
        }
        return WireResponse.of(200, "application/json", current.body(), Map.of("ETag", current.etag()));
    }

    private Serialized current() {
        Serialized kept = latest;
        // The generation is read before the list: a change in between leaves a newer list under an older tag,
        // which the next request replaces; never an older list under a newer tag.
        long generation = flowLogs.generation();
        if (kept != null && kept.generation() == generation) {
            return kept;
        }
        byte[] body = AdminApi.json(200, Map.of("subscriptions", flowLogs.activeSubscriptions())).body();
        Serialized fresh = new Serialized(generation, "\"subscriptions-" + generation + "-" + body.length + "\"", body);
        latest = fresh;
        return fresh;
    }

    /** {@code If-None-Match}: a list of tags, or {@code *}; weak tags compare by their opaque part (RFC 9110). */
    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
