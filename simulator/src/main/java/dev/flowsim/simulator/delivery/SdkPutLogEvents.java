package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** PutLogEvents through the SDK's CloudWatch Logs client of the target's region: one model object per event. */
public final class SdkPutLogEvents implements PutLogEventsSender {

    private final AwsClientSource clients;

    public SdkPutLogEvents(AwsClientSource clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletableFuture<PutLogEventsResponse> put(DeliveryTarget target, String streamName, List<LogEvent> batch,
                                                       AwsSessionCredentials credentials) {
        PutLogEventsRequest request = PutLogEventsRequest.builder()
                .logGroupName(target.logGroupName())
                .logStreamName(streamName)
                .logEvents(batch.stream()
                        .map(event -> InputLogEvent.builder().timestamp(event.timestamp())
                                .message(event.message()).build())
                        .toList())
                .overrideConfiguration(o -> DestinationAccountInterceptor.tag(
                        o.credentialsProvider(StaticCredentialsProvider.create(credentials)), target))
                .build();
        return clients.logs(target.region()).putLogEvents(request);
    }
}
