package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.simulator.accounting.FlowLogBalance;
import dev.flowsim.simulator.http.HttpExchanges;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The emulator's admin API as the simulator uses it: service-principal credentials, the flow logs to deliver and
 * the delivery reports. Plain unsigned HTTP on the loopback endpoint.
 */
public final class FlowsimAdminClient {

    public static final String FLOW_LOGS_PRINCIPAL = "vpc-flow-logs.amazonaws.com";

    private static final String CREDENTIALS_PATH = "/_flowsim/service-credentials/";
    private static final String SUBSCRIPTIONS_PATH = "/_flowsim/delivery/subscriptions";
    private static final String REPORTS_PATH = "/_flowsim/delivery/reports";
    private static final String ACCOUNTING_PATH = "/_flowsim/delivery/accounting";

    private final URI endpoint;
    private final Duration timeout;
    /** Members the contract adds later must not break older simulators. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A few sender threads: the admin calls are a handful per window. */
    private static final int MAX_IN_FLIGHT = 4;
    private static final int MAX_QUEUED = 100_000;

    private final HttpExchanges http;

    public FlowsimAdminClient(URI endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = new HttpExchanges(timeout, MAX_IN_FLIGHT, MAX_QUEUED);
    }

    public CompletableFuture<ServiceCredentials> serviceCredentials(String principal) {
        return get(CREDENTIALS_PATH + principal, ServiceCredentials.class);
    }

    /**
     * The flow logs to deliver. Asked with the tag of the last list read ({@code If-None-Match}): while no flow log
     * was created or deleted the emulator answers 304 and the list read last is used again, so a window costs no
     * list building or JSON on either side. An emulator that sends no tag is read in full every time.
     */
    public CompletableFuture<List<Subscription>> subscriptions() {
        TaggedSubscriptions known = lastSubscriptions;
        HttpRequest.Builder request = request(SUBSCRIPTIONS_PATH).header("Accept", "application/json");
        if (known != null) {
            request.header("If-None-Match", known.etag());
        }
        return http.send(request.GET().build()).thenApply(response -> {
            if (response.statusCode() == 304 && known != null) {
                return known.subscriptions();
            }
            requireSuccess(response, SUBSCRIPTIONS_PATH);
            List<Subscription> read = readSubscriptions(response.body());
            lastSubscriptions = response.headers().firstValue("ETag")
                    .map(etag -> new TaggedSubscriptions(etag, read)).orElse(null);
            return read;
        });
    }

    private record TaggedSubscriptions(String etag, List<Subscription> subscriptions) {
    }

    /** The last subscription list read and the emulator's tag for it; null before the first or without a tag. */
    private volatile TaggedSubscriptions lastSubscriptions;

    public CompletableFuture<Void> postReport(DeliveryReport report) {
        return post(REPORTS_PATH, report, "the delivery report");
    }

    /** Hands the emulator a flow log's books, so its admin API can show them (GET /_flowsim/flow-logs). */
    public CompletableFuture<Void> postAccounting(FlowLogBalance balance) {
        return post(ACCOUNTING_PATH, balance, "the flow log's accounting");
    }

    private CompletableFuture<Void> post(String path, Object value, String what) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new AdminApiException("could not write " + what, e));
        }
        HttpRequest request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request)
                .thenApply(response -> {
                    requireSuccess(response, path);
                    return null;
                });
    }

    private <T> CompletableFuture<T> get(String path, Class<T> type) {
        HttpRequest request = request(path).header("Accept", "application/json").GET().build();
        return http.send(request)
                .thenApply(response -> {
                    requireSuccess(response, path);
                    return read(response.body(), type, "GET " + path);
                });
    }

    /** The subscription list as the emulator sends it. */
    static List<Subscription> readSubscriptions(byte[] body) {
        return read(body, SubscriptionList.class, "the subscription list").subscriptions();
    }

    static String writeReport(DeliveryReport report) throws JsonProcessingException {
        return JSON.writeValueAsString(report);
    }

    private static <T> T read(byte[] body, Class<T> type, String what) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new AdminApiException("could not read the answer of " + what + ": " + e.getMessage(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(endpoint.resolve(path)).timeout(timeout);
    }

    private static void requireSuccess(HttpResponse<?> response, String path) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            Object body = response.body();
            String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : String.valueOf(body);
            throw new AdminApiException(response.request().method() + " " + path + " answered HTTP " + status
                    + (text.isBlank() ? "" : ": " + text), status);
        }
    }
}
