package dev.flowsim.emulator.logs.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.protocol.JsonProtocol;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Sends records as Firehose's HTTP endpoint destination does: {@code POST} of
 * {@code {"requestId":..., "timestamp":..., "records":[{"data":"<base64>"}]}} with headers
 * {@code X-Amz-Firehose-Request-Id}, {@code X-Amz-Firehose-Source-Arn}, {@code X-Amz-Firehose-Protocol-Version: 1.0}
 * and, when configured, {@code X-Amz-Firehose-Access-Key}. The endpoint must answer 200 with a JSON body whose
 * {@code requestId} echoes the request's; anything else is a failed delivery, as Firehose treats it. Firehose would
 * retry for up to its retry duration; flowsim does not retry [U] and counts the events as failed. Blocking: call it
 * from a delivery thread, never from a request or event-loop thread.
 */
final class FirehoseHttpSender {

    private final Duration timeout;
    /** Made on first use: building a JDK client sets up TLS, about a fifth of the emulator's start-up time. */
    private HttpClient client;

    FirehoseHttpSender(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }

    void send(SubscriptionDestination.HttpEndpoint endpoint, String sourceArn, String requestId, long timestamp,
              List<byte[]> records) throws DeliveryException {
        ObjectNode body = JsonProtocol.MAPPER.createObjectNode();
        body.put("requestId", requestId);
        body.put("timestamp", timestamp);
        ArrayNode out = body.putArray("records");
        records.forEach(r -> out.addObject().put("data", Base64.getEncoder().encodeToString(r)));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Amz-Firehose-Request-Id", requestId)
                .header("X-Amz-Firehose-Source-Arn", sourceArn)
                .header("X-Amz-Firehose-Protocol-Version", "1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (endpoint.accessKey() != null) {
            request.header("X-Amz-Firehose-Access-Key", endpoint.accessKey());
        }
        HttpResponse<String> response;
        try {
            response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("http_unreachable", endpoint.url() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", "delivery to " + endpoint.url() + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new DeliveryException("http_status_" + response.statusCode(),
                    endpoint.url() + " answered " + response.statusCode() + ": " + response.body());
        }
        if (!requestId.equals(echoedRequestId(response.body()))) {
            throw new DeliveryException("http_bad_response", endpoint.url()
                    + " answered 200 without echoing requestId " + requestId + ": " + response.body());
        }
    }

    private static String echoedRequestId(String body) {
        try {
            JsonNode node = JsonProtocol.MAPPER.readTree(body);
            return node != null && node.path("requestId").isTextual() ? node.get("requestId").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
