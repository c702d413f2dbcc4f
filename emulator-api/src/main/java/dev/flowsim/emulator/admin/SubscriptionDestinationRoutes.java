package dev.flowsim.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.logs.subscription.SubscriptionDestination;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.admin.AdminApi.json;

/**
 * {@code /_flowsim/subscription-destinations}: what each Firehose delivery stream named by a subscription filter
 * writes to. {@code GET} lists them; {@code POST {"deliveryStream":"NAME","directory":"/path","prefix":"p/"}} or
 * {@code POST {"deliveryStream":"NAME","url":"http://...","accessKey":"..."}} registers (or replaces) one;
 * {@code DELETE .../NAME} removes it. Loopback only, like the rest of the admin API, because it makes flowsim write
 * files and send requests where it is told.
 */
final class SubscriptionDestinationRoutes {

    static final String PATH = "/_flowsim/subscription-destinations";

    private SubscriptionDestinationRoutes() {
    }

    static WireResponse list(Emulator emulator) {
        List<Map<String, String>> out = new ArrayList<>();
        emulator.subscriptionDestinations().all().forEach((name, destination) -> out.add(describe(name, destination)));
        return json(200, Map.of("destinations", out));
    }

    static WireResponse register(Emulator emulator, WireRequest request) {
        JsonNode body;
        try {
            body = JsonProtocol.MAPPER.readTree(request.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("a subscription destination must be JSON: " + e.getMessage());
        }
        if (body == null || !body.path("deliveryStream").isTextual()) {
            throw new IllegalArgumentException("name the Firehose delivery stream in \"deliveryStream\"");
        }
        String name = body.get("deliveryStream").asText();
        boolean directory = body.path("directory").isTextual();
        boolean url = body.path("url").isTextual();
        if (directory == url) {
            throw new IllegalArgumentException("give exactly one of \"directory\" and \"url\"");
        }
        SubscriptionDestination destination = directory
                ? new SubscriptionDestination.Directory(Path.of(body.get("directory").asText()).toAbsolutePath(),
                        body.path("prefix").asText(""))
                : new SubscriptionDestination.HttpEndpoint(URI.create(body.get("url").asText()),
                        body.hasNonNull("accessKey") ? body.get("accessKey").asText() : null);
        emulator.subscriptionDestinations().register(name, destination);
        return json(200, describe(name, destination));
    }

    static WireResponse remove(Emulator emulator, WireRequest request) {
        String name = URLDecoder.decode(request.rawPath().substring(PATH.length() + 1), StandardCharsets.UTF_8);
        return emulator.subscriptionDestinations().remove(name) ? WireResponse.empty(204)
                : json(404, Map.of("error", "no subscription destination for delivery stream '" + name + "'"));
    }

    private static Map<String, String> describe(String name, SubscriptionDestination destination) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("deliveryStream", name);
        if (destination instanceof SubscriptionDestination.Directory d) {
            out.put("directory", d.directory().toString());
            out.put("prefix", d.prefix());
        } else if (destination instanceof SubscriptionDestination.HttpEndpoint h) {
            out.put("url", h.url().toString());
        }
        return out;
    }
}
