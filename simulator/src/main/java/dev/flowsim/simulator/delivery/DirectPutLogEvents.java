package dev.flowsim.simulator.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * PutLogEvents without the SDK: the JSON body written from the rendered lines ({@link PutLogEventsJson}) and sent
 * by {@link DirectLogsRequests}. The SDK path costs several microseconds per event (a model object each, its
 * marshaller, its signer and pipeline); this one costs about what the bytes do. It answers as the SDK does:
 * failures as the SDK's exceptions, {@code rejectedLogEventsInfo} read into the response.
 */
public final class DirectPutLogEvents implements PutLogEventsSender {

    static final String OPERATION = "PutLogEvents";

    private final DirectLogsRequests requests;

    DirectPutLogEvents(DirectLogsRequests requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public CompletableFuture<PutLogEventsResponse> put(DeliveryTarget target, String streamName, List<LogEvent> batch,
                                                       AwsSessionCredentials credentials) {
        byte[] body;
        try {
            body = PutLogEventsJson.body(target.logGroupName(), streamName, batch);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return requests.call(OPERATION, target, body, credentials).thenApply(DirectPutLogEvents::accepted);
    }

    private static PutLogEventsResponse accepted(byte[] body) {
        // Most answers carry only nextSequenceToken: parse only when something was rejected.
        if (!contains(body, "rejectedLogEventsInfo")) {
            return PutLogEventsResponse.builder().build();
        }
        JsonNode info = DirectLogsRequests.readTree(body).path("rejectedLogEventsInfo");
        return PutLogEventsResponse.builder().rejectedLogEventsInfo(RejectedLogEventsInfo.builder()
                .tooNewLogEventStartIndex(intOrNull(info, "tooNewLogEventStartIndex"))
                .tooOldLogEventEndIndex(intOrNull(info, "tooOldLogEventEndIndex"))
                .expiredLogEventEndIndex(intOrNull(info, "expiredLogEventEndIndex"))
                .build()).build();
    }

    private static Integer intOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToInt() ? null : value.intValue();
    }

    private static boolean contains(byte[] body, String ascii) {
        return new String(body, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
