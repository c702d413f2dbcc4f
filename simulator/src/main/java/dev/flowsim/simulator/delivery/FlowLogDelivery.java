package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.FlowLogLedger;
import dev.flowsim.simulator.accounting.RejectReason;
import dev.flowsim.simulator.accounting.Tally;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers one flow log's window: assume the role, then per interface (in id order, a few streams at a time) make
 * sure the stream exists and put the records in batches. Every record ends delivered, rejected or dropped with the
 * reason of the call that failed. Everything is composed on futures; nothing waits on a thread.
 */
public final class FlowLogDelivery {

    static final String PUT_LOG_EVENTS = "PutLogEvents";

    private final AwsClientSource clients;
    private final RoleSessions sessions;
    private final LogStreamProvisioner streams;
    private final RetryingCaller caller;
    private final BatchPacker packer;
    private final int streamConcurrency;

    /** One stream after another. */
    public FlowLogDelivery(AwsClientSource clients, RoleSessions sessions, LogStreamProvisioner streams,
                           RetryingCaller caller, BatchPacker packer) {
        this(clients, sessions, streams, caller, packer, 1);
    }

    /** @param streamConcurrency how many interface streams are in flight at once (at least 1) */
    public FlowLogDelivery(AwsClientSource clients, RoleSessions sessions, LogStreamProvisioner streams,
                           RetryingCaller caller, BatchPacker packer, int streamConcurrency) {
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
        eventsByInterface.forEach((interfaceId, events) -> account.generated(interfaceId, events.size()));
        return deliver(target, serviceCredentials, eventsByInterface, account);
    }

    /**
     * @param eventsByInterface  each interface's events, sorted by timestamp
     * @param serviceCredentials the flow-logs service principal's credentials, used only for AssumeRole
     * @param account            the flow log's running books, in which the caller has already counted these
     *                           events as generated (so pending); every event is settled there exactly once
     */
    public CompletableFuture<DeliveryResult> deliver(DeliveryTarget target, AwsCredentials serviceCredentials,
                                                     Map<String, List<LogEvent>> eventsByInterface,
                                                     FlowLogLedger.Account account) {
        Map<String, List<LogEvent>> ordered = new TreeMap<>(eventsByInterface);
        long total = ordered.values().stream().mapToLong(List::size).sum();
        Attempt attempt = new Attempt(account);
        ordered.forEach((interfaceId, events) -> attempt.generated(interfaceId, events.size()));
        if (total == 0) {
            return CompletableFuture.completedFuture(attempt.result());
        }
        return sessions.sessionFor(target, serviceCredentials).thenCompose(session -> {
            if (session instanceof CallResult.Failed<AwsSessionCredentials> failed) {
                ordered.forEach((interfaceId, events) ->
                        attempt.drop(interfaceId, failed.failure(), events.size()));
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
            return attempt.result();
        });
    }

    private CompletableFuture<Void> deliverStream(InterfaceAttempt attempt, DeliveryTarget target, String streamName,
                                                  List<LogEvent> events, AwsSessionCredentials credentials) {
        if (events.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return streams.ensure(target, streamName, credentials).thenCompose(failure -> {
            if (failure.isPresent()) {
                attempt.drop(failure.get(), events.size());
                return CompletableFuture.completedFuture(null);
            }
            // An access error ends the stream: further batches would be refused the same way.
            AtomicReference<ClassifiedFailure> blocking = new AtomicReference<>();
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (List<LogEvent> batch : packer.pack(events)) {
                chain = chain.thenCompose(ignored -> {
                    if (blocking.get() != null) {
                        attempt.drop(blocking.get(), batch.size());
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
                    return CompletableFuture.completedFuture(dropBatch(attempt, target, failure, batch.size()));
                });
    }

    /** The stream or group was deleted under us: create it again and put the batch once more. */
    private CompletableFuture<Optional<ClassifiedFailure>> recreateAndRetry(InterfaceAttempt attempt, DeliveryTarget target,
                                                                            String streamName, List<LogEvent> batch,
                                                                            AwsSessionCredentials credentials) {
        streams.forget(target, streamName);
        return streams.ensure(target, streamName, credentials).thenCompose(failure -> failure.isPresent()
                ? CompletableFuture.completedFuture(dropBatch(attempt, target, failure.get(), batch.size()))
                : putBatch(attempt, target, streamName, batch, credentials, false));
    }

    private Optional<ClassifiedFailure> dropBatch(InterfaceAttempt attempt, DeliveryTarget target, ClassifiedFailure failure,
                                                  int size) {
        attempt.drop(failure, size);
        if (failure.kind() == FailureKind.CREDENTIALS_REJECTED) {
            sessions.forget(target.flowLogId());
        }
        boolean accessError = failure.kind().dropReason() == DropReason.ACCESS_ERROR;
        return accessError ? Optional.of(failure) : Optional.empty();
    }

    /**
     * The running state of one delivery: a window tally per interface, the flow log's running books and the first
     * failure that cost records. Every count goes to both, so the window's result and the ledger agree.
     */
    private static final class Attempt {
        final FlowLogLedger.Account account;
        final Map<String, Tally> tallies = new TreeMap<>();
        final AtomicReference<ClassifiedFailure> firstFailure = new AtomicReference<>();

        Attempt(FlowLogLedger.Account account) {
            this.account = Objects.requireNonNull(account, "account");
        }

        /** Counts the window's events in its tally; the caller has counted them in the books already. */
        synchronized void generated(String interfaceId, long records) {
            tallies.computeIfAbsent(interfaceId, id -> new Tally()).generated(records);
        }

        synchronized Tally tally(String interfaceId) {
            return tallies.computeIfAbsent(interfaceId, id -> new Tally());
        }

        InterfaceAttempt forInterface(String interfaceId) {
            return new InterfaceAttempt(this, interfaceId);
        }

        void drop(String interfaceId, ClassifiedFailure failure, long records) {
            firstFailure.compareAndSet(null, failure);
            DropReason reason = failure.kind().dropReason();
            account.dropped(interfaceId, reason, records);
            tally(interfaceId).dropped(reason, records);
        }

        /** A bug must not make records vanish from the books: whatever is unsettled is dropped, with the cause. */
        void dropUnsettled(Throwable unexpected) {
            ClassifiedFailure failure = AwsErrorClassifier.classify("DeliverFlowLogWindow", unexpected);
            Map<String, Tally> all;
            synchronized (this) {
                all = Map.copyOf(tallies);
            }
            all.forEach((interfaceId, tally) -> {
                Accounting sofar = tally.snapshot();
                long unsettled = sofar.generated() - sofar.settled();
                if (unsettled > 0) {
                    drop(interfaceId, failure, unsettled);
                }
            });
        }

        synchronized DeliveryResult result() {
            Accounting sum = tallies.values().stream().map(Tally::snapshot)
                    .reduce(Accounting.empty(), Accounting::plus);
            return new DeliveryResult(sum, Optional.ofNullable(firstFailure.get()));
        }
    }

    /** The part of an attempt that concerns one interface (one log stream). */
    private record InterfaceAttempt(Attempt attempt, String interfaceId) {

        void drop(ClassifiedFailure failure, long records) {
            attempt.drop(interfaceId, failure, records);
        }

        void accepted(int batchSize, PutLogEventsResponse response) {
            Map<RejectReason, Long> rejected = RejectedEvents.count(batchSize, response.rejectedLogEventsInfo());
            Tally tally = attempt.tally(interfaceId);
            rejected.forEach((reason, count) -> {
                attempt.account.rejected(interfaceId, reason, count);
                tally.rejected(reason, count);
            });
            long delivered = batchSize - RejectedEvents.total(rejected);
            attempt.account.delivered(interfaceId, delivered);
            tally.delivered(delivered);
        }
    }
}
