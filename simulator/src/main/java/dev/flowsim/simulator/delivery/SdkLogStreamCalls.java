package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogGroupRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogStreamRequest;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** CreateLogStream and CreateLogGroup through the SDK's CloudWatch Logs client of the target's region. */
public final class SdkLogStreamCalls implements LogStreamCalls {

    private final AwsClientSource clients;

    public SdkLogStreamCalls(AwsClientSource clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public CompletableFuture<?> createLogStream(DeliveryTarget target, String streamName,
                                                AwsSessionCredentials credentials) {
        CreateLogStreamRequest request = CreateLogStreamRequest.builder()
                .logGroupName(target.logGroupName())
                .logStreamName(streamName)
                .overrideConfiguration(o -> DestinationAccountInterceptor.tag(
                        o.credentialsProvider(StaticCredentialsProvider.create(credentials)), target))
                .build();
        return clients.logs(target.region()).createLogStream(request);
    }

    @Override
    public CompletableFuture<?> createLogGroup(DeliveryTarget target, AwsSessionCredentials credentials) {
        CreateLogGroupRequest request = CreateLogGroupRequest.builder()
                .logGroupName(target.logGroupName())
                .overrideConfiguration(o -> DestinationAccountInterceptor.tag(
                        o.credentialsProvider(StaticCredentialsProvider.create(credentials)), target))
                .build();
        return clients.logs(target.region()).createLogGroup(request);
    }
}
