package dev.flowsim.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.ec2.DeliveryReport;
import dev.flowsim.emulator.faults.FaultAdmin;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.admin.AdminApi.json;

/** The admin routes of one emulator. */
public final class AdminRoutes {

    private AdminRoutes() {
    }

    public static List<AdminApi.Route> of(Emulator emulator) {
        List<AdminApi.Route> routes = new java.util.ArrayList<>(List.of(
                new AdminApi.Route("GET", "/_flowsim/health", false, r -> health(emulator)),
                new AdminApi.Route("GET", "/_flowsim/metrics", false, r -> metrics(emulator)),
                new AdminApi.Route("GET", "/_flowsim/decisions", false, r -> decisions(emulator, r)),
                new AdminApi.Route("GET", "/_flowsim/service-credentials/", true, r -> serviceKey(emulator, r)),
                new AdminApi.Route("GET", SubscriptionListAnswer.PATH, false,
                        new SubscriptionListAnswer(emulator.flowLogs())::answer),
                new AdminApi.Route("POST", "/_flowsim/delivery/reports", false, r -> report(emulator, r)),
                faultRoute("GET", false, emulator, FaultAdmin::list),
                faultRoute("POST", false, emulator, FaultAdmin::add),
                faultRoute("DELETE", false, emulator, FaultAdmin::remove),
                faultRoute("DELETE", true, emulator, FaultAdmin::remove),
                new AdminApi.Route("GET", SubscriptionDestinationRoutes.PATH, false,
                        r -> SubscriptionDestinationRoutes.list(emulator)),
                new AdminApi.Route("POST", SubscriptionDestinationRoutes.PATH, false,
                        r -> SubscriptionDestinationRoutes.register(emulator, r)),
                new AdminApi.Route("DELETE", SubscriptionDestinationRoutes.PATH + "/", true,
                        r -> SubscriptionDestinationRoutes.remove(emulator, r))));
        routes.addAll(new FlowLogAccountRoutes().routes());
        return List.copyOf(routes);
    }

    private static AdminApi.Route faultRoute(String method, boolean byId, Emulator emulator,
                                             java.util.function.BiFunction<FaultAdmin, WireRequest,
                                                     FaultAdmin.Answer> action) {
        return new AdminApi.Route(method, byId ? FaultAdmin.PATH + "/" : FaultAdmin.PATH, byId, r -> {
            FaultAdmin.Answer answer = action.apply(new FaultAdmin(emulator.faults(), emulator.clock()), r);
            return answer.body() == null ? WireResponse.empty(answer.status()) : json(answer.status(), answer.body());
        });
    }

    private static WireResponse health(Emulator emulator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("simulatedTime", emulator.clock().instant().toString());
        body.put("clock", emulator.clock().toString());
        return json(200, body);
    }

    private static WireResponse metrics(Emulator emulator) {
        return WireResponse.of(200, "text/plain; version=0.0.4; charset=utf-8", emulator.meters().scrape());
    }

    /** {@code ?denied=true} keeps only denials; {@code ?limit=N} the newest N (default 100). */
    private static WireResponse decisions(Emulator emulator, WireRequest request) {
        Map<String, String> query = QueryString.parse(request.rawQuery());
        boolean deniedOnly = "true".equalsIgnoreCase(query.get("denied"));
        int limit = QueryString.intParam(query, "limit", 100, 1, 10_000);
        List<DecisionLog.Entry> entries = emulator.decisions().entries(e -> !deniedOnly || !e.allowed());
        List<DecisionLog.Entry> newest = entries.subList(Math.max(0, entries.size() - limit), entries.size());
        return json(200, Map.of("decisions", newest));
    }

    private static WireResponse serviceKey(Emulator emulator, WireRequest request) {
        String principal = request.rawPath().substring("/_flowsim/service-credentials/".length());
        Credential key = emulator.flowLogsServiceKey();
        if (!Emulator.FLOW_LOGS_SERVICE.equals(principal)) {
            return json(404, Map.of("error", "flowsim plays no service principal named '" + principal + "'"));
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("principal", principal);
        body.put("accessKeyId", key.accessKeyId());
        body.put("secretAccessKey", key.secretAccessKey());
        return json(200, body);
    }

    private static WireResponse report(Emulator emulator, WireRequest request) {
        DeliveryReport report;
        try {
            JsonNode node = JsonProtocol.MAPPER.readTree(request.body());
            report = JsonProtocol.MAPPER.treeToValue(node, DeliveryReport.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("a delivery report must be JSON: " + e.getMessage());
        }
        emulator.flowLogs().applyDeliveryReport(report);
        return WireResponse.empty(204);
    }
}
