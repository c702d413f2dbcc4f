package dev.flowsim.simulator;

import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import dev.flowsim.simulator.accounting.DeliveryMetrics;
import dev.flowsim.simulator.accounting.FlowLogLedger;
import dev.flowsim.simulator.admin.AdminApiException;
import dev.flowsim.simulator.admin.DeliveryReport;
import dev.flowsim.simulator.admin.FlowsimAdminClient;
import dev.flowsim.simulator.admin.Subscription;
import dev.flowsim.simulator.delivery.AwsClients;
import dev.flowsim.simulator.delivery.Backoff;
import dev.flowsim.simulator.delivery.BatchPacker;
import dev.flowsim.simulator.delivery.CarryOverBuffer;
import dev.flowsim.simulator.delivery.ClassifiedFailure;
import dev.flowsim.simulator.delivery.DeliveryResult;
import dev.flowsim.simulator.delivery.DeliveryTarget;
import dev.flowsim.simulator.delivery.FailedCall;
import dev.flowsim.simulator.delivery.FailureKind;
import dev.flowsim.simulator.delivery.FlowLogDelivery;
import dev.flowsim.simulator.delivery.LogEvent;
import dev.flowsim.simulator.delivery.LogStreamProvisioner;
import dev.flowsim.simulator.delivery.RetryingCaller;
import dev.flowsim.simulator.delivery.RoleSessions;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.LogFormatException;
import dev.flowsim.simulator.record.TrafficType;
import dev.flowsim.simulator.traffic.TrafficModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated VPC Flow Logs service. The driver owns the simulated clock: it advances it and asks for each
 * closed window to be delivered; the service fetches the flow logs from the emulator, generates their records and
 * delivers them over the wire through each flow log's role, then reports every flow log's outcome.
 */
public final class FlowLogsService implements AutoCloseable {

    private static final String RENDER_RECORDS = "GenerateFlowLogRecords";

    private final Clock clock;
    private final FlowLogsOptions options;
    private final FlowsimAdminClient admin;
    private final AwsClients clients;
    private final WindowRecords records;
    private final FlowLogDelivery delivery;
    private final MeterRegistry meterRegistry;
    private final DeliveryMetrics metrics;
    private final AtomicReference<CompletableFuture<AwsCredentials>> serviceCredentials = new AtomicReference<>();
    private final FlowLogLedger ledger;
    /** Renders flow logs' windows side by side; null renders each on the thread that delivers the window. */
    private final ExecutorService renderers;
    private Accounting totals = Accounting.empty();

    public FlowLogsService(URI endpoint, Clock clock, long seed) {
        this(endpoint, clock, seed, FlowLogsOptions.defaults());
    }

    public FlowLogsService(URI endpoint, Clock clock, long seed, FlowLogsOptions options) {
        this(endpoint, clock, seed, options, new SimpleMeterRegistry());
    }

    public FlowLogsService(URI endpoint, Clock clock, long seed, FlowLogsOptions options,
                           MeterRegistry meterRegistry) {
        this(endpoint, clock, seed, options, meterRegistry, 1);
    }

    /**
     * @param renderThreads how many flow logs' windows are rendered at once. 1 renders them one after another on
     *                      the delivering thread, so the calls of different flow logs start in a fixed order; with
     *                      more, each flow log's records are the same (they depend only on seed, flow log and
     *                      window) but the order of calls between flow logs depends on timing.
     */
    public FlowLogsService(URI endpoint, Clock clock, long seed, FlowLogsOptions options,
                           MeterRegistry meterRegistry, int renderThreads) {
        if (renderThreads < 1) {
            throw new IllegalArgumentException("renderThreads must be at least 1, got " + renderThreads);
        }
        AtomicInteger renderer = new AtomicInteger();
        this.renderers = renderThreads == 1 ? null : Executors.newFixedThreadPool(renderThreads, task -> {
            Thread thread = new Thread(task, "flowsim-render-" + renderer.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Objects.requireNonNull(endpoint, "endpoint");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
        this.metrics = new DeliveryMetrics(meterRegistry);
        this.admin = new FlowsimAdminClient(endpoint, options.callTimeout());
        this.ledger = new FlowLogLedger(clock::millis);
        this.clients = new AwsClients(endpoint, options.callTimeout());
        this.records = new WindowRecords(new TrafficModel(seed, options.trafficMix()), options.recordCapacity());
        RetryingCaller caller = new RetryingCaller(options.maxRetries(),
                Backoff.jittered(options.retryBaseDelay(), options.retryMaxDelay(), seed),
                (operation, failure) -> metrics.retried(operation, failure.call().errorCode()));
        this.delivery = new FlowLogDelivery(clients,
                new RoleSessions(clients, caller, clock, options.sessionRefreshMargin()),
                new LogStreamProvisioner(clients, caller), caller, new BatchPacker(options.batchLimits()),
                options.streamConcurrency(), new CarryOverBuffer(options.carryOver(), clock::millis));
    }

    /** When AWS would deliver the window: its end plus the delivery delay. */
    public Instant deliveryDueAt(Instant windowStart, Duration interval) {
        return new CaptureWindow(windowStart, interval).end().plus(options.deliveryDelay());
    }

    /**
     * Delivers the window {@code [windowStart, windowStart + interval)} for every flow log whose aggregation
     * interval equals {@code interval}, that existed before the window ended and that covers at least one
     * interface. A flow log whose format or listing cannot be used is reported as UNKNOWN_ERROR with the reason,
     * without any AWS call.
     *
     * @return completes once every flow log's records are settled and its report posted; fails if the window is
     *         not due yet by the clock or the emulator's admin API does not answer as agreed
     */
    public CompletableFuture<WindowReport> deliverWindow(Instant windowStart, Duration interval) {
        CaptureWindow window;
        try {
            window = new CaptureWindow(windowStart, interval);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant now = clock.instant();
        Instant due = window.end().plus(options.deliveryDelay());
        if (now.isBefore(due)) {
            return CompletableFuture.failedFuture(new IllegalStateException("window " + window
                    + " is due for delivery at " + due + " (window end + delivery delay " + options.deliveryDelay()
                    + "); the clock reads " + now));
        }
        return admin.subscriptions().thenCompose(subscriptions -> {
            if (subscriptions.stream().anyMatch(s -> s.flowLogId() == null)) {
                throw new AdminApiException("the emulator listed a subscription without flowLogId", 200);
            }
            discardDeleted(subscriptions);
            Set<String> holding = delivery.carryOver().flowLogsHolding();
            List<Subscription> matching = subscriptions.stream()
                    .filter(s -> s.maxAggregationInterval() == window.intervalSeconds())
                    .filter(s -> s.creationTime() < window.end().toEpochMilli())
                    .filter(s -> !s.interfaces().isEmpty() || holding.contains(s.flowLogId()))
                    .sorted(Comparator.comparing(Subscription::flowLogId))
                    .toList();
            if (matching.isEmpty()) {
                return CompletableFuture.completedFuture(new WindowReport(window, now, List.of()));
            }
            return serviceCredentials().thenCompose(credentials -> {
                List<CompletableFuture<FlowLogWindowResult>> results = matching.stream()
                        .map(subscription -> renderers == null ? deliverFlowLog(subscription, window, credentials)
                                : CompletableFuture.supplyAsync(() -> deliverFlowLog(subscription, window,
                                        credentials), renderers).thenCompose(delivering -> delivering))
                        .toList();
                return inOrder(results).thenApply(list -> new WindowReport(window, now, list));
            });
        });
    }

    /** Every record settled so far, over all windows and flow logs. */
    public synchronized Accounting totals() {
        return totals;
    }

    /** Every flow log's running books, per interface, with records in flight as pending. */
    public FlowLogLedger ledger() {
        return ledger;
    }

    /** The records each flow log keeps for its next window after transient failures (pending in the ledger). */
    public CarryOverBuffer carryOver() {
        return delivery.carryOver();
    }

    public MeterRegistry meterRegistry() {
        return meterRegistry;
    }

    /** Closes the SDK clients; call once outstanding deliveries have completed. */
    @Override
    public void close() {
        if (renderers != null) {
            renderers.shutdown();
        }
        clients.close();
    }

    private CompletableFuture<FlowLogWindowResult> deliverFlowLog(Subscription subscription, CaptureWindow window,
                                                                  AwsCredentials credentials) {
        DeliveryTarget target;
        WindowRecords.Rendered rendered;
        try {
            target = targetOf(subscription);
            rendered = records.render(subscription, window);
        } catch (IllegalArgumentException e) {
            String code = e instanceof LogFormatException ? "UnsupportedLogFormat" : "InvalidSubscription";
            DeliveryResult unusable = new DeliveryResult(Accounting.empty(), Optional.of(
                    new ClassifiedFailure(FailureKind.OTHER, new FailedCall(RENDER_RECORDS, code, e.getMessage()))));
            return report(subscription, unusable, 0);
        }
        FlowLogLedger.Account account = ledger.account(subscription.flowLogId());
        rendered.events().forEach((interfaceId, events) -> account.generated(interfaceId, events.size()));
        // The emulator shows the records as pending while they are delivered; that post is best effort, the
        // one after the delivery is not (it rides with the report).
        return admin.postAccounting(account.snapshot()).exceptionally(ignored -> null)
                .thenCompose(posted -> delivery.deliver(target, credentials, rendered.events(), account))
                .thenCompose(result -> {
                    settle(result.accounting());
                    return admin.postAccounting(account.snapshot())
                            .thenCompose(posted -> report(subscription, result, rendered.skippedFlows()));
                });
    }

    /**
     * A flow log that is no longer listed was deleted: the records it still had carried over can never be
     * delivered, so they are dropped now as FLOW_LOG_DELETED rather than left pending forever. They show in the
     * service's totals and in the flow log's books (posted best effort: the emulator may have forgotten it).
     */
    private void discardDeleted(List<Subscription> subscriptions) {
        Set<String> listed = subscriptions.stream().map(Subscription::flowLogId).collect(Collectors.toSet());
        for (String flowLogId : delivery.carryOver().flowLogsHolding()) {
            if (listed.contains(flowLogId)) {
                continue;
            }
            FlowLogLedger.Account account = ledger.account(flowLogId);
            long discarded = 0;
            for (Map.Entry<String, Long> held : delivery.carryOver().discard(flowLogId).entrySet()) {
                account.dropped(held.getKey(), DropReason.FLOW_LOG_DELETED, held.getValue());
                discarded += held.getValue();
            }
            settle(new Accounting(0, 0, Map.of(), Map.of(DropReason.FLOW_LOG_DELETED, discarded), discarded, 0));
            admin.postAccounting(account.snapshot()).exceptionally(ignored -> null);
        }
    }

    private CompletableFuture<FlowLogWindowResult> report(Subscription subscription, DeliveryResult result,
                                                          long skippedFlows) {
        Optional<FailedCall> failure = result.firstFailure().map(ClassifiedFailure::call);
        DeliveryReport report = new DeliveryReport(subscription.flowLogId(), clock.millis(),
                result.outcome().name(),
                failure.map(FailedCall::operation).orElse(null),
                failure.map(FailedCall::errorCode).orElse(null),
                failure.map(FailedCall::errorMessage).orElse(null),
                result.accounting().delivered(), result.accounting().rejectedTotal(),
                result.accounting().droppedTotal());
        return admin.postReport(report).thenApply(ignored -> new FlowLogWindowResult(subscription.flowLogId(),
                subscription.logGroupName(), result.outcome(), result.accounting(), failure, skippedFlows));
    }

    private synchronized void settle(Accounting window) {
        totals = totals.plus(window);
        metrics.record(window);
    }

    /** The service principal's credentials, fetched once; a failed fetch is tried again next time. */
    private CompletableFuture<AwsCredentials> serviceCredentials() {
        CompletableFuture<AwsCredentials> existing = serviceCredentials.get();
        if (existing != null && !existing.isCompletedExceptionally()) {
            return existing;
        }
        CompletableFuture<AwsCredentials> fetch = admin.serviceCredentials(FlowsimAdminClient.FLOW_LOGS_PRINCIPAL)
                .thenApply(credentials -> credentials.toAwsCredentials());
        serviceCredentials.set(fetch);
        return fetch;
    }

    /** All results, in the order of the futures, without waiting on any thread. */
    private static <T> CompletableFuture<List<T>> inOrder(List<CompletableFuture<T>> futures) {
        CompletableFuture<List<T>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (CompletableFuture<T> future : futures) {
            all = all.thenCombine(future, (list, value) -> {
                list.add(value);
                return list;
            });
        }
        return all.thenApply(List::copyOf);
    }

    private static DeliveryTarget targetOf(Subscription subscription) {
        return new DeliveryTarget(subscription.flowLogId(),
                required(subscription, "flowLogArn", subscription.flowLogArn()),
                required(subscription, "accountId", subscription.accountId()),
                required(subscription, "region", subscription.region()),
                required(subscription, "logGroupName", subscription.logGroupName()),
                required(subscription, "deliverLogsPermissionArn", subscription.deliverLogsPermissionArn()),
                TrafficType.parse(subscription.trafficType()),
                required(subscription, "accountId", subscription.logGroupAccountId()));
    }

    private static String required(Subscription subscription, String member, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("flow log " + subscription.flowLogId() + " was listed without "
                    + member);
        }
        return value;
    }
}
