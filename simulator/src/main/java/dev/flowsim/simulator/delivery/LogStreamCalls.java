package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.util.concurrent.CompletableFuture;

/**
 * Sends the calls that make a log stream exist (no retries; {@link RetryingCaller} does those). A failure comes
 * back as the exception the AWS SDK would have raised for it, so {@link AwsErrorClassifier} reads every way of
 * sending alike.
 */
public interface LogStreamCalls {

    CompletableFuture<?> createLogStream(DeliveryTarget target, String streamName, AwsSessionCredentials credentials);

    CompletableFuture<?> createLogGroup(DeliveryTarget target, AwsSessionCredentials credentials);
}
