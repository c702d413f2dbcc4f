package dev.flowsim.cli.publish;

import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.delivery.FailedCall;
import dev.flowsim.simulator.delivery.Outcome;
import dev.flowsim.simulator.record.CaptureWindow;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publisher's /metrics shows each flow log's delivery status as its last window left it. */
class MetricsEndpointTest {

    private static final CaptureWindow WINDOW = new CaptureWindow(Instant.parse("2026-01-15T10:00:00Z"),
            Duration.ofSeconds(60));

    private static FlowLogWindowResult result(String id, Outcome outcome) {
        Optional<FailedCall> failure = outcome == Outcome.SUCCESS ? Optional.empty()
                : Optional.of(new FailedCall("PutLogEvents", "AccessDeniedException", "denied"));
        return new FlowLogWindowResult(id, "/aws/vpc/flow-logs", outcome, Accounting.empty(), failure, 0);
    }

    private static String scrape(MetricsEndpoint endpoint) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint.uri()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return response.body();
    }

    @Test
    void servesTheStatusOfEachFlowLogAndFollowsItFromSuccessToFailure() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PublisherMetrics metrics = new PublisherMetrics(registry);
        try (MetricsEndpoint endpoint = MetricsEndpoint.start("127.0.0.1", 0, registry)) {
            metrics.record(new WindowReport(WINDOW, WINDOW.end(), List.of(result("fl-1", Outcome.SUCCESS),
                    result("fl-2", Outcome.SUCCESS))));
            String before = scrape(endpoint);
            assertTrue(before.contains(
                    "flowsim_publisher_flowlog_delivering{flowLogId=\"fl-1\",logGroup=\"/aws/vpc/flow-logs\"} 1.0"),
                    before);

            metrics.record(new WindowReport(WINDOW, WINDOW.end(), List.of(result("fl-1", Outcome.ACCESS_ERROR),
                    result("fl-2", Outcome.SUCCESS))));
            String after = scrape(endpoint);
            assertTrue(after.contains(
                    "flowsim_publisher_flowlog_delivering{flowLogId=\"fl-1\",logGroup=\"/aws/vpc/flow-logs\"} 0.0"),
                    after);
            assertTrue(after.contains(
                    "flowsim_publisher_flowlog_delivering{flowLogId=\"fl-2\",logGroup=\"/aws/vpc/flow-logs\"} 1.0"),
                    after);
            assertTrue(after.contains("flowsim_publisher_flowlog_windows_total{flowLogId=\"fl-1\","
                    + "logGroup=\"/aws/vpc/flow-logs\",outcome=\"ACCESS_ERROR\"} 1.0"), after);
            assertTrue(after.contains("flowsim_publisher_last_window_end "), after);
        }
    }
}
