package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one PutLogEvents request (no retries; {@link RetryingCaller} does those). A failure comes back as the
 * exception the AWS SDK would have raised for it, so {@link AwsErrorClassifier} reads every sender alike.
 */
public interface PutLogEventsSender {

    /**
     * @param batch one batch from {@link BatchPacker}, in timestamp order
     * @return the answer; only {@code rejectedLogEventsInfo} of it is read
     */
    CompletableFuture<PutLogEventsResponse> put(DeliveryTarget target, String streamName, List<LogEvent> batch,
                                                AwsSessionCredentials credentials);
}
