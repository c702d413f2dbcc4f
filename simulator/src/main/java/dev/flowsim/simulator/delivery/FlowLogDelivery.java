package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogLedger;
import dev.flowsim.simulator.delivery.DeliveryAttempt.InterfaceAttempt;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers one flow log's window: assume the role, then per interface (in id order, a few streams at a time) make
 * sure the stream exists and put the records in batches, those the flow log carried over from earlier windows
 * first. Every record ends delivered, rejected, dropped with the reason of the call that failed, or, when that
 * failure is transient (see {@link CarryOverPolicy#keeps}), carried over in the {@link CarryOverBuffer} to the flow
 * log's next window. One flow log's deliveries run one after another, in the order they were asked for. Everything
 * is composed on futures; nothing waits on a thread.
 */
public final class FlowLogDelivery {

    static final String PUT_LOG_EVENTS = "PutLogEvents";

    private final AwsClientSource clients;
    private final RoleSessions sessions;
    private final LogStreamProvisioner streams;
    private final RetryingCaller caller;
    private final BatchPacker packer;
    private final int streamConcurrency;
    private final CarryOverBuffer carryOver;
    /** Each flow log's latest delivery, so that the next one starts after it (the buffer is taken in order). */
    private final Map<String, CompletableFuture<?>> latestByFlowLog = new HashMap<>();

    /** One stream after another, no carry-over buffer. */
    public FlowLogDelivery(AwsClientSource clients, RoleSessions sessions, LogStreamProvisioner streams,
                           RetryingCaller caller, BatchPacker packer) {
        this(clients, sessions, streams, caller, packer, 1);
    }

    /** No carry-over buffer: a failed batch is dropped at once. */
    public FlowLogDelivery(AwsClientSource clients, RoleSessions sessions, LogStreamProvisioner streams,
                           RetryingCaller caller, BatchPacker packer, int streamConcurrency) {
        this(clients, sessions, streams, caller, packer, streamConcurrency,
                new CarryOverBuffer(CarryOverPolicy.NONE, () -> 0L));
    }

    /**
     * @param streamConcurrency how many interface streams are in flight at once (at least 1)
     * @param carryOver         where records that met a transient failure wait for the flow log's next delivery
     */
    public FlowLogDelivery(AwsClientSource clients, RoleSessions sessions, LogStreamProvisioner streams,
                           RetryingCaller caller, BatchPacker packer, int streamConcurrency,
                           CarryOverBuffer carryOver) {
        this.carryOver = Objects.requireNonNull(carryOver, "carryOver");
        if (streamConcurrency < 1) {
            throw new IllegalArgumentException("streamConcurrency must be at least 1, got " + streamConcurrency);
        }
        this.streamConcurrency = streamConcurrency;
        this.clients = Objects.requireNonNull(clients, "clients");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.packer = Objects.requireNonNull(packer, "packer");
    }

    /**
     * Delivers with books of its own; for callers that keep no ledger.
     *
     * @see #deliver(DeliveryTarget, AwsCredentials, Map, FlowLogLedger.Account)
     */
    public CompletableFuture<DeliveryResult> deliver(DeliveryTarget target, AwsCredentials serviceCredentials,
                                                     Map<String, List<LogEvent>> eventsByInterface) {
        FlowLogLedger.Account account = new FlowLogLedger(() -> 0L).account(target.flowLogId());
        // Records carried over from earlier calls are pending in these books too, so that they can be settled.
        carryOver.heldByInterface(target.flowLogId()).forEach(account::generated);
        eventsByInterface.forEach((interfaceId, events) -> account.generated(interfaceId, events.size()));
        return deliver(target, serviceCredentials, eventsByInterface, account);
    }

    /** The buffer this delivery carries records over in. */
    public CarryOverBuffer carryOver() {
        return carryOver;
    }

    /**
     * @param eventsByInterface  each interface's events, sorted by timestamp
     * @param serviceCredentials the flow-logs service principal's credentials, used only for AssumeRole
     * @param account            the flow log's running books, in which the caller has already counted these
     *                           events as generated (so pending); every event is settled there exactly once or
     *                           left pending in the carry-over buffer
     */
    public CompletableFuture<DeliveryResult> deliver(DeliveryTarget target, AwsCredentials serviceCredentials,
                                                     Map<String, List<LogEvent>> eventsByInterface,
                                                     FlowLogLedger.Account account) {
        CompletableFuture<DeliveryResult> next;
        synchronized (latestByFlowLog) {
            CompletableFuture<?> previous = latestByFlowLog.getOrDefault(target.flowLogId(),
                    CompletableFuture.completedFuture(null));
            next = previous.handle((ignored, failure) -> null)
                    .thenCompose(ignored -> deliverInTurn(target, serviceCredentials, eventsByInterface, account));
            latestByFlowLog.put(target.flowLogId(), next);
        }
        next.whenComplete((result, failure) -> {
            synchronized (latestByFlowLog) {
                latestByFlowLog.remove(target.flowLogId(), next);
            }
        });
        return next;
    }

    private CompletableFuture<DeliveryResult> deliverInTurn(DeliveryTarget target, AwsCredentials serviceCredentials,
                                                            Map<String, List<LogEvent>> eventsByInterface,
                                                            FlowLogLedger.Account account) {
        DeliveryAttempt attempt = new DeliveryAttempt(account);
        eventsByInterface.forEach((interfaceId, events) -> attempt.generated(interfaceId, events.size()));
        Map<String, List<LogEvent>> ordered = withCarriedFirst(target.flowLogId(), eventsByInterface, attempt);
        long total = ordered.values().stream().mapToLong(List::size).sum();
        if (total == 0) {
            trimCarryOver(target, attempt);
            return CompletableFuture.completedFuture(attempt.result());
        }
        return sessions.sessionFor(target, serviceCredentials).thenCompose(session -> {
            if (session instanceof CallResult.Failed<AwsSessionCredentials> failed) {
                ordered.forEach((interfaceId, events) ->
                        settleFailed(attempt.forInterface(interfaceId), target, failed.failure(), events));
                return CompletableFuture.completedFuture(null);
            }
            AwsSessionCredentials credentials = ((CallResult.Succeeded<AwsSessionCredentials>) session).value();
            // Streams are dealt round-robin to a few lanes; each lane delivers its streams one after another, so at
            // most streamConcurrency streams are in flight and no thread waits.
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < Math.min(streamConcurrency, ordered.size()); lane++) {
                lanes.add(CompletableFuture.completedFuture(null));
            }
            int next = 0;
            for (Map.Entry<String, List<LogEvent>> entry : ordered.entrySet()) {
                String streamName = target.streamNameFor(entry.getKey());
                int lane = next++ % lanes.size();
                lanes.set(lane, lanes.get(lane).thenCompose(ignored -> deliverStream(
                        attempt.forInterface(entry.getKey()), target, streamName, entry.getValue(), credentials)));
            }
            return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new));
        }).handle((ignored, unexpected) -> {
            if (unexpected != null) {
                attempt.dropUnsettled(unexpected);
            }
            trimCarryOver(target, attempt);
            return attempt.result();
        });
    }

    /**
     * Each interface's events with the records the flow log carried over put first (both in timestamp order, so
     * the merge keeps the stream in timestamp order; on a tie the carried record goes first). Carried records too
     * old to put again are dropped here with the reason that kept them.
     */
    private Map<String, List<LogEvent>> withCarriedFirst(String flowLogId, Map<String, List<LogEvent>> fresh,
                                                         DeliveryAttempt attempt) {
        CarryOverBuffer.Taken taken = carryOver.take(flowLogId);
        taken.expired().forEach((interfaceId, byReason) -> byReason.forEach((reason, count) -> {
            attempt.fromEarlier(interfaceId, count);
            attempt.dropExpired(interfaceId, reason, count);
        }));
        Map<String, List<LogEvent>> ordered = new TreeMap<>(fresh);
        taken.events().forEach((interfaceId, carried) -> {
            attempt.fromEarlier(interfaceId, carried.size());
            ordered.put(interfaceId, mergeByTimestamp(carried, fresh.getOrDefault(interfaceId, List.of())));
        });
        return ordered;
    }

    private static List<LogEvent> mergeByTimestamp(List<LogEvent> first, List<LogEvent> second) {
        List<LogEvent> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            boolean takeFirst = j == second.size()
                    || (i < first.size() && first.get(i).timestamp() <= second.get(j).timestamp());
            merged.add(takeFirst ? first.get(i++) : second.get(j++));
        }
        return merged;
    }

    /** Cuts the buffer to its bound once the flow log's delivery is done; what does not fit is dropped. */
    private void trimCarryOver(DeliveryTarget target, DeliveryAttempt attempt) {
        carryOver.trim(target.flowLogId()).forEach((interfaceId, byReason) ->
                byReason.forEach((reason, count) -> attempt.evict(interfaceId, reason, count)));
    }

    /**
     * Records that met a failure: kept for the next window when the failure is transient (and the buffer is on),
     * dropped with its reason otherwise.
     *
     * @return whether they were kept
     */
    private boolean settleFailed(InterfaceAttempt attempt, DeliveryTarget target, ClassifiedFailure failure,
                                 List<LogEvent> events) {
        if (carryOver.policy().keeps(failure.kind())) {
            carryOver.keep(target.flowLogId(), attempt.interfaceId(), events, failure.kind().dropReason());
            attempt.carry(failure, events.size());
            return true;
        }
        attempt.drop(failure, events.size());
        return false;
    }

    private CompletableFuture<Void> deliverStream(InterfaceAttempt attempt, DeliveryTarget target, String streamName,
                                                  List<LogEvent> events, AwsSessionCredentials credentials) {
        if (events.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return streams.ensure(target, streamName, credentials).thenCompose(failure -> {
            if (failure.isPresent()) {
                settleFailed(attempt, target, failure.get(), events);
                return CompletableFuture.completedFuture(null);
            }
            // An access error ends the stream: further batches would be refused the same way. So does a batch
            // carried over: the rest waits behind it, so the stream stays in timestamp order.
            AtomicReference<ClassifiedFailure> blocking = new AtomicReference<>();
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (List<LogEvent> batch : packer.pack(events)) {
                chain = chain.thenCompose(ignored -> {
                    if (blocking.get() != null) {
                        settleFailed(attempt, target, blocking.get(), batch);
                        return CompletableFuture.completedFuture(null);
                    }
                    return putBatch(attempt, target, streamName, batch, credentials, true).thenAccept(stop ->
                            stop.ifPresent(blocking::set));
                });
            }
            return chain;
        });
    }

    /** @return the failure that should stop the rest of the stream, if any */
    private CompletableFuture<Optional<ClassifiedFailure>> putBatch(InterfaceAttempt attempt, DeliveryTarget target,
                                                                    String streamName, List<LogEvent> batch,
                                                                    AwsSessionCredentials credentials,
                                                                    boolean mayRecreateStream) {
        PutLogEventsSender sender = clients.putLogEvents();
        return caller.<PutLogEventsResponse>call(PUT_LOG_EVENTS,
                        () -> sender.put(target, streamName, batch, credentials))
                .thenCompose(result -> {
                    if (result instanceof CallResult.Succeeded<PutLogEventsResponse> ok) {
                        attempt.accepted(batch.size(), ok.value());
                        return CompletableFuture.completedFuture(Optional.<ClassifiedFailure>empty());
                    }
                    ClassifiedFailure failure = ((CallResult.Failed<PutLogEventsResponse>) result).failure();
                    boolean resourceGone = failure.kind() == FailureKind.LOG_STREAM_MISSING
                            || failure.kind() == FailureKind.LOG_GROUP_MISSING;
                    if (resourceGone && mayRecreateStream) {
                        return recreateAndRetry(attempt, target, streamName, batch, credentials);
                    }
                    return CompletableFuture.completedFuture(dropBatch(attempt, target, failure, batch));
                });
    }

    /** The stream or group was deleted under us: create it again and put the batch once more. */
    private CompletableFuture<Optional<ClassifiedFailure>> recreateAndRetry(InterfaceAttempt attempt, DeliveryTarget target,
                                                                            String streamName, List<LogEvent> batch,
                                                                            AwsSessionCredentials credentials) {
        streams.forget(target, streamName);
        return streams.ensure(target, streamName, credentials).thenCompose(failure -> failure.isPresent()
                ? CompletableFuture.completedFuture(dropBatch(attempt, target, failure.get(), batch))
                : putBatch(attempt, target, streamName, batch, credentials, false));
    }

    /** A batch that failed for good this time: dropped or carried over; says whether the stream stops here. */
    private Optional<ClassifiedFailure> dropBatch(InterfaceAttempt attempt, DeliveryTarget target, ClassifiedFailure failure,
                                                  List<LogEvent> batch) {
        boolean kept = settleFailed(attempt, target, failure, batch);
        if (failure.kind() == FailureKind.CREDENTIALS_REJECTED) {
            sessions.forget(target.flowLogId());
        }
        boolean accessError = failure.kind().dropReason() == DropReason.ACCESS_ERROR;
        return accessError || kept ? Optional.of(failure) : Optional.empty();
    }
}
