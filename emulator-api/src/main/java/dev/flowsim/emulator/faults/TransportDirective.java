package dev.flowsim.emulator.faults;

import dev.flowsim.emulator.wire.WireResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the HTTP adapter must hand a response to the network when a fault says so: after a delay (real time, scheduled,
 * never slept) and/or with a connection fault. The pipeline has no socket, so the directive travels with the response
 * in a private header that the adapter removes before anything reaches the wire.
 *
 * @param delayMillis real milliseconds to hold the response before acting
 * @param network     the connection fault, or null to deliver the response normally
 */
public record TransportDirective(long delayMillis, NetworkFault network) {

    /** Never sent to clients: the HTTP adapter strips it. */
    public static final String HEADER = "x-flowsim-transport-directive";

    public TransportDirective {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay is never negative");
        }
    }

    public WireResponse attachTo(WireResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put(HEADER, delayMillis + ";" + (network == null ? "deliver" : network.wireName()));
        return new WireResponse(response.status(), headers, response.body());
    }

    /** The directive a response carries, if any. */
    public static Optional<TransportDirective> of(WireResponse response) {
        String value = response.headers().get(HEADER);
        if (value == null) {
            return Optional.empty();
        }
        int semi = value.indexOf(';');
        long delay = Long.parseLong(value.substring(0, semi));
        return Optional.of(new TransportDirective(delay, NetworkFault.ofWireName(value.substring(semi + 1))));
    }

    /** The response as it may be written to the wire: without the directive header. */
    public static WireResponse strip(WireResponse response) {
        if (!response.headers().containsKey(HEADER)) {
            return response;
        }
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.remove(HEADER);
        return new WireResponse(response.status(), headers, response.body());
    }
}
