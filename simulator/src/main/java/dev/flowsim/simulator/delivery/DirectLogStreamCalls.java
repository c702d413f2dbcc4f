package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * CreateLogStream and CreateLogGroup without the SDK ({@link DirectLogsRequests}): a delivery's first window makes
 * one stream per interface, so at thousands of interfaces the SDK's per-call cost showed in the sender profile.
 * Same bodies as the SDK writes (only the names: the flow-logs service sets nothing else), same failures.
 */
final class DirectLogStreamCalls implements LogStreamCalls {

    private final DirectLogsRequests requests;

    DirectLogStreamCalls(DirectLogsRequests requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public CompletableFuture<?> createLogStream(DeliveryTarget target, String streamName,
                                                AwsSessionCredentials credentials) {
        byte[] body;
        try {
            body = DirectLogsRequests.stringsObject("logGroupName", target.logGroupName(),
                    "logStreamName", streamName);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return requests.call(LogStreamProvisioner.CREATE_LOG_STREAM, target, body, credentials);
    }

    @Override
    public CompletableFuture<?> createLogGroup(DeliveryTarget target, AwsSessionCredentials credentials) {
        byte[] body;
        try {
            body = DirectLogsRequests.stringsObject("logGroupName", target.logGroupName());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return requests.call(LogStreamProvisioner.CREATE_LOG_GROUP, target, body, credentials);
    }
}
