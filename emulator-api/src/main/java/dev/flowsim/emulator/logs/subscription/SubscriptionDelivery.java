package dev.flowsim.emulator.logs.subscription;

import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.logs.filters.SubscriptionFilter;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.LogGroup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers what subscription filters match to their destinations, off the request threads, on a bounded executor.
 * Every stored event is counted once per subscription filter in {@value #EVENTS}, tagged {@code outcome}
 * ({@code delivered}, {@code failed}, {@code not_matched}) and, for failures, {@code reason}
 * ({@code access_denied}, {@code destination_unknown}, {@code queue_full}, {@code write_failed},
 * {@code http_status_N}, {@code http_unreachable}, {@code http_bad_response}, {@code shut_down}, ...). One payload per
 * filter, stream and stored batch, as AWS sends one per batch of a single stream; its event ids are the stored ids.
 */
public final class SubscriptionDelivery implements AutoCloseable {

    public static final String EVENTS = "flowsim.logs.subscription.events";

    private final SubscriptionDestinations destinations;
    private final DestinationRoleCheck roles;
    private final Clock clock;
    private final IdSource ids;
    private final MeterRegistry meters;
    private final FirehoseHttpSender http;
    private final ThreadPoolExecutor executor;

    public SubscriptionDelivery(SubscriptionDestinations destinations, DestinationRoleCheck roles, Clock clock,
                                long seed, MeterRegistry meters, DeliverySettings settings) {
        this.destinations = destinations;
        this.roles = roles;
        this.clock = clock;
        this.ids = new IdSource(seed);
        this.meters = meters;
        this.http = new FirehoseHttpSender(settings.httpTimeout());
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), r -> {
                    Thread t = new Thread(r, "flowsim-subscription-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The source of a delivery: the stored batch {@code [from, to)} of one stream. */
    public record StoredBatch(LogGroup group, String stream, long ingestionTime, long serial, EventBatch batch,
                              int from, int to) {
    }

    /**
     * Queues the batch for the filters; returns at once. When the queue is full nothing is delivered and each filter's
     * matching events are counted as failed ({@code queue_full}).
     */
    public void submit(StoredBatch stored, List<SubscriptionFilter> filters) {
        DeliveryTask task = new DeliveryTask(stored, filters);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.abandon(executor.isShutdown() ? "shut_down" : "queue_full");
        }
    }

    /** One stored batch for its group's filters; counts its events as failed if it never runs. */
    private final class DeliveryTask implements Runnable {
        private final StoredBatch stored;
        private final List<SubscriptionFilter> filters;

        DeliveryTask(StoredBatch stored, List<SubscriptionFilter> filters) {
            this.stored = stored;
            this.filters = filters;
        }

        @Override
        public void run() {
            filters.forEach(f -> deliver(stored, f));
        }

        void abandon(String reason) {
            for (SubscriptionFilter filter : filters) {
                int matched = matching(stored, filter).size();
                count(stored.group(), filter, "failed", reason, matched);
                count(stored.group(), filter, "not_matched", null, stored.to() - stored.from() - matched);
            }
        }
    }

    private void deliver(StoredBatch stored, SubscriptionFilter filter) {
        List<SubscriptionPayload.Event> events = matching(stored, filter);
        count(stored.group(), filter, "not_matched", null, stored.to() - stored.from() - events.size());
        if (events.isEmpty()) {
            return;
        }
        LogGroup group = stored.group();
        byte[] payload = SubscriptionPayload.data(group.account(), group.name(), stored.stream(),
                filter.filterName(), events);
        try {
            send(filter.destinationArn(), filter.roleArn(), group, List.of(payload), "delivery-" + ids.uuid());
            count(group, filter, "delivered", null, events.size());
        } catch (DeliveryException e) {
            count(group, filter, "failed", e.reason(), events.size());
        }
    }

    private static List<SubscriptionPayload.Event> matching(StoredBatch stored, SubscriptionFilter filter) {
        List<SubscriptionPayload.Event> events = new ArrayList<>();
        EventBatch batch = stored.batch();
        for (int i = stored.from(); i < stored.to(); i++) {
            String message = batch.message(i);
            if (filter.compiled().matches(message)) {
                EventId id = new EventId(batch.timestamp(i), stored.ingestionTime(), stored.serial(),
                        i - stored.from());
                events.add(new SubscriptionPayload.Event(id.toDecimal(), batch.timestamp(i), message));
            }
        }
        return events;
    }

    /**
     * What PutSubscriptionFilter does before it stores a filter: checks that the destination is known and the role
     * lets CloudWatch Logs write to it, then sends the CONTROL_MESSAGE synchronously (the caller is a request worker,
     * never an event loop).
     *
     * @throws DeliveryException when the test message cannot be delivered
     */
    public void sendControlMessage(String destinationArn, String roleArn, LogGroup group, String requestId)
            throws DeliveryException {
        send(destinationArn, roleArn, group, List.of(SubscriptionPayload.control(clock.millis())), requestId);
    }

    private void send(String destinationArn, String roleArn, LogGroup group, List<byte[]> payloads, String requestId)
            throws DeliveryException {
        DestinationArn arn = DestinationArn.parse(destinationArn)
                .filter(a -> a.vendor().equals("firehose"))
                .orElseThrow(() -> new DeliveryException("destination_unknown", "not a Firehose stream: "
                        + destinationArn));
        SubscriptionDestination destination = destinations.find(arn.name())
                .orElseThrow(() -> new DeliveryException("destination_unknown", "no destination is registered for "
                        + "Firehose stream " + arn.name()));
        Instant now = clock.instant();
        String groupArn = "arn:aws:logs:" + group.region() + ":" + group.account() + ":log-group:" + group.name()
                + ":*";
        if (roles.denial(roleArn, group.region(), group.account(), groupArn, "firehose:PutRecordBatch",
                destinationArn, now, requestId).isPresent()) {
            throw new DeliveryException("access_denied", "role " + roleArn + " may not write to " + destinationArn
                    + "; see the decision log (GET /_flowsim/decisions?denied=true) for why");
        }
        if (destination instanceof SubscriptionDestination.Directory directory) {
            FirehoseDirectoryWriter.write(directory, arn.name(), now, ids.uuid(), payloads);
        } else if (destination instanceof SubscriptionDestination.HttpEndpoint endpoint) {
            http.send(endpoint, destinationArn, ids.uuid(), now.toEpochMilli(), payloads);
        }
    }

    private void count(LogGroup group, SubscriptionFilter filter, String outcome, String reason, long events) {
        if (events <= 0) {
            return;
        }
        Counter.builder(EVENTS).description("Log events considered by subscription filters, by outcome")
                .tags("log_group", group.name(), "filter", filter.filterName(), "outcome", outcome, "reason", reason == null ? "" : reason)
                .register(meters).increment(events);
    }

    /**
     * Stops taking batches and waits briefly for queued ones; the events of batches still queued after that are
     * counted as failed ({@code shut_down}).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Runnable pending : executor.shutdownNow()) {
            if (pending instanceof DeliveryTask task) {
                task.abandon("shut_down");
            }
        }
    }
}
