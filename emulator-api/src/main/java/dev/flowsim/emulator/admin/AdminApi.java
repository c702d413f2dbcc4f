package dev.flowsim.emulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * flowsim's own API under {@code /_flowsim/}: health, metrics, the decision log, and the hand-over between the
 * emulator and the Flow Logs publisher (service credentials, subscriptions, delivery reports). No SigV4: it answers
 * loopback peers only unless configured otherwise, because it hands out the service principal's key.
 */
public final class AdminApi {

    public static final String PREFIX = "/_flowsim/";

    /** One admin route: method, exact path or path prefix, and its handler. */
    public record Route(String method, String path, boolean prefix, AdminHandler handler) {
        boolean matches(WireRequest request) {
            return method.equals(request.method())
                    && (prefix ? request.rawPath().startsWith(path) : request.rawPath().equals(path));
        }
    }

    @FunctionalInterface
    public interface AdminHandler {
        WireResponse handle(WireRequest request);
    }

    private final List<Route> routes;
    private final boolean fromAnywhere;

    public AdminApi(List<Route> routes, boolean fromAnywhere) {
        this.routes = List.copyOf(routes);
        this.fromAnywhere = fromAnywhere;
    }

    public static boolean isAdminPath(String rawPath) {
        return rawPath.startsWith(PREFIX) || rawPath.equals("/_flowsim");
    }

    public WireResponse handle(WireRequest request) {
        if (!fromAnywhere && !isLoopback(request.remoteAddress())) {
            return json(403, Map.of("error", "The flowsim admin API answers loopback clients only"));
        }
        Optional<Route> route = routes.stream().filter(r -> r.matches(request)).findFirst();
        if (route.isEmpty()) {
            boolean pathKnown = routes.stream().anyMatch(r -> r.prefix ? request.rawPath().startsWith(r.path)
                    : request.rawPath().equals(r.path));
            return pathKnown ? json(405, Map.of("error", "Method " + request.method() + " is not allowed here"))
                    : json(404, Map.of("error", "No flowsim admin resource at " + request.rawPath()));
        }
        try {
            return route.get().handler().handle(request);
        } catch (IllegalArgumentException e) {
            return json(400, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static WireResponse json(int status, Object body) {
        try {
            return WireResponse.of(status, "application/json", JsonProtocol.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
