package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowsim.emulator.wire.WireRequest;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /_flowsim/faults}: list the faults in force and the latest firings (GET), add one (POST, a {@link FaultSpec}
 * as JSON; windows count from the moment it is posted), remove one by id (DELETE /_flowsim/faults/ID) or all
 * (DELETE). Bodies are read strictly: an unknown field is an error.
 */
public final class FaultAdmin {

    /** A status and a JSON-serialisable body. */
    public record Answer(int status, Object body) {
    }

    public static final String PATH = "/_flowsim/faults";
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final FaultInjector injector;
    private final Clock clock;

    public FaultAdmin(FaultInjector injector, Clock clock) {
        this.injector = injector;
        this.clock = clock;
    }

    public Answer list(WireRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("faults", injector.describe());
        List<FiredFault> fired = injector.fired();
        body.put("recentlyFired", fired.subList(Math.max(0, fired.size() - 100), fired.size()));
        return new Answer(200, body);
    }

    public Answer add(WireRequest request) {
        FaultSpec spec;
        try {
            spec = STRICT.readValue(request.body(), FaultSpec.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Answer(400, Map.of("error", String.valueOf(cause.getMessage())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Answer(400, Map.of("error", "a fault must be a JSON object as documented: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Answer(400, Map.of("error", "the fault could not be read: " + e.getMessage()));
        }
        if (spec == null) {
            return new Answer(400, Map.of("error", "a fault must be a JSON object as documented"));
        }
        try {
            List<String> ids = injector.add(spec, clock.instant());
            return new Answer(201, Map.of("added", ids));
        } catch (IllegalArgumentException e) {
            return new Answer(409, Map.of("error", e.getMessage()));
        }
    }

    public Answer remove(WireRequest request) {
        String path = request.rawPath();
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            injector.clear();
            return new Answer(204, null);
        }
        String id = java.net.URLDecoder.decode(path.substring(PATH.length() + 1),
                java.nio.charset.StandardCharsets.UTF_8);
        int removed = injector.remove(id);
        return removed == 0 ? new Answer(404, Map.of("error", "no fault with id '" + id + "' is in force"))
                : new Answer(204, null);
    }

    /** The JSON reader used for faults, shared with scenario files so both accept exactly the same shape. */
    public static ObjectMapper strictReader() {
        return STRICT;
    }
}
