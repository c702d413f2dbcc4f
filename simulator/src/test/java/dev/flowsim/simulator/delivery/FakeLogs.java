package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogGroupRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogGroupResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogStreamRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.CreateLogStreamResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An in-memory stand-in for the SDK's CloudWatch Logs client interface (no HTTP): groups, streams and events,
 * with scripted failures. Answers come back on another thread, as the SDK's do.
 */
final class FakeLogs implements CloudWatchLogsAsyncClient {

    final Set<String> groups = new HashSet<>();
    final Map<String, List<InputLogEvent>> streams = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final Deque<RuntimeException> putFailures = new ArrayDeque<>();
    final Set<String> deniedOperations = new HashSet<>();
    Function<PutLogEventsRequest, RejectedLogEventsInfo> rejections = request -> null;

    @Override
    public synchronized CompletableFuture<CreateLogGroupResponse> createLogGroup(CreateLogGroupRequest request) {
        calls.add("CreateLogGroup " + request.logGroupName());
        if (deniedOperations.contains("CreateLogGroup")) {
            return failed(denied("CreateLogGroup"));
        }
        if (!groups.add(request.logGroupName())) {
            return failed(AwsErrors.logs(400, "ResourceAlreadyExistsException",
                    "The specified log group already exists"));
        }
        return answer(CreateLogGroupResponse.builder().build());
    }

    @Override
    public synchronized CompletableFuture<CreateLogStreamResponse> createLogStream(CreateLogStreamRequest request) {
        calls.add("CreateLogStream " + request.logStreamName());
        if (deniedOperations.contains("CreateLogStream")) {
            return failed(denied("CreateLogStream"));
        }
        if (!groups.contains(request.logGroupName())) {
            return failed(missingGroup());
        }
        String key = request.logGroupName() + "/" + request.logStreamName();
        if (streams.containsKey(key)) {
            return failed(AwsErrors.logs(400, "ResourceAlreadyExistsException",
                    "The specified log stream already exists"));
        }
        streams.put(key, new ArrayList<>());
        return answer(CreateLogStreamResponse.builder().build());
    }

    @Override
    public synchronized CompletableFuture<PutLogEventsResponse> putLogEvents(PutLogEventsRequest request) {
        calls.add("PutLogEvents " + request.logStreamName() + " " + request.logEvents().size());
        if (deniedOperations.contains("PutLogEvents")) {
            return failed(denied("PutLogEvents"));
        }
        if (!putFailures.isEmpty()) {
            return failed(putFailures.poll());
        }
        if (!groups.contains(request.logGroupName())) {
            return failed(missingGroup());
        }
        List<InputLogEvent> stream = streams.get(request.logGroupName() + "/" + request.logStreamName());
        if (stream == null) {
            return failed(AwsErrors.logs(400, "ResourceNotFoundException",
                    "The specified log stream does not exist."));
        }
        stream.addAll(request.logEvents());
        return answer(PutLogEventsResponse.builder().rejectedLogEventsInfo(rejections.apply(request)).build());
    }

    synchronized long count(String callPrefix) {
        return calls.stream().filter(call -> call.startsWith(callPrefix)).count();
    }

    synchronized int storedEvents() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }

    private static RuntimeException denied(String action) {
        return AwsErrors.logs(400, "AccessDeniedException", "User: arn:aws:sts::000000000000:assumed-role/"
                + "FlowLogsRole/fl-1 is not authorized to perform: logs:" + action
                + " on resource: arn:aws:logs:us-east-2:000000000000:log-group:/aws/vpc/flow-logs:* because no "
                + "identity-based policy allows the logs:" + action + " action");
    }

    private static RuntimeException missingGroup() {
        return AwsErrors.logs(400, "ResourceNotFoundException", "The specified log group does not exist.");
    }

    private static <T> CompletableFuture<T> answer(T value) {
        return CompletableFuture.supplyAsync(() -> value);
    }

    private static <T> CompletableFuture<T> failed(RuntimeException error) {
        return CompletableFuture.supplyAsync(() -> {
            throw error;
        });
    }
}
