package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure an interface's log stream exists before records are put into it, the way the flow-logs service does:
 * CreateLogStream (an existing stream is fine); if the log group is missing, CreateLogGroup and CreateLogStream
 * again (never in another account's, where a missing group is an access error). Streams known to exist are
 * remembered so later windows skip the calls.
 */
public final class LogStreamProvisioner {

    static final String CREATE_LOG_STREAM = "CreateLogStream";
    static final String CREATE_LOG_GROUP = "CreateLogGroup";

    private final AwsClientSource clients;
    private final RetryingCaller caller;
    private final Set<String> knownStreams = ConcurrentHashMap.newKeySet();

    public LogStreamProvisioner(AwsClientSource clients, RetryingCaller caller) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** @return the failure that stopped the stream from being created, or empty once it exists */
    public CompletableFuture<Optional<ClassifiedFailure>> ensure(DeliveryTarget target, String streamName,
                                                                 AwsSessionCredentials credentials) {
        if (knownStreams.contains(key(target, streamName))) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return createStream(target, streamName, credentials).thenCompose(failure -> {
            if (failure.isEmpty() || failure.get().kind() != FailureKind.LOG_GROUP_MISSING) {
                return CompletableFuture.completedFuture(failure);
            }
            if (target.crossAccount()) {
                return CompletableFuture.completedFuture(Optional.of(missingForeignGroup(failure.get())));
            }
            return createGroup(target, credentials).thenCompose(groupFailure -> groupFailure.isPresent()
                    ? CompletableFuture.completedFuture(groupFailure)
                    : createStream(target, streamName, credentials));
        });
    }

    /**
     * The service never creates a log group in another account (flowsim [U]): a missing destination group is an
     * access error, reported with the call that found it missing.
     */
    private static ClassifiedFailure missingForeignGroup(ClassifiedFailure notFound) {
        return new ClassifiedFailure(FailureKind.ACCESS_DENIED, notFound.call());
    }

    /** Forgets a stream that CloudWatch Logs said is gone, so the next put re-creates it. */
    public void forget(DeliveryTarget target, String streamName) {
        knownStreams.remove(key(target, streamName));
    }

    private CompletableFuture<Optional<ClassifiedFailure>> createStream(DeliveryTarget target, String streamName,
                                                                        AwsSessionCredentials credentials) {
        LogStreamCalls calls = clients.logStreamCalls();
        return caller.call(CREATE_LOG_STREAM, () -> calls.createLogStream(target, streamName, credentials))
                .thenApply(result -> {
                    Optional<ClassifiedFailure> failure = unlessAlreadyExists(result);
                    if (failure.isEmpty()) {
                        knownStreams.add(key(target, streamName));
                    }
                    return failure;
                });
    }

    private CompletableFuture<Optional<ClassifiedFailure>> createGroup(DeliveryTarget target,
                                                                       AwsSessionCredentials credentials) {
        LogStreamCalls calls = clients.logStreamCalls();
        return caller.call(CREATE_LOG_GROUP, () -> calls.createLogGroup(target, credentials))
                .thenApply(LogStreamProvisioner::unlessAlreadyExists);
    }

    /** A Create* call that found the resource already there achieved what it was for. */
    private static Optional<ClassifiedFailure> unlessAlreadyExists(CallResult<?> result) {
        if (result instanceof CallResult.Failed<?> failed && failed.failure().kind() != FailureKind.ALREADY_EXISTS) {
            return Optional.of(failed.failure());
        }
        return Optional.empty();
    }

    /** Log groups live in an account and a region; the key keeps same-named groups of different accounts apart. */
    private static String key(DeliveryTarget target, String streamName) {
        return target.logGroupAccountId() + '/' + target.region() + '/' + target.logGroupName() + '/' + streamName;
    }
}
