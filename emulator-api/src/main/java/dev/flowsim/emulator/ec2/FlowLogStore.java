package dev.flowsim.emulator.ec2;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every flow log of every account and region, and the Flow Logs publisher's view of them: the active subscriptions
 * it serves and the delivery reports it sends back (the domain side of flowsim's admin API; plain records that
 * Jackson reads and writes as they are).
 * <p>
 * Thread-safe: the EC2 handlers (on worker threads) and the publisher's reports change it concurrently, so each
 * change, including its duplicate and client-token checks, happens under one lock. Ids come from a counter, so a
 * fresh store hands out the same ids in every run.
 */
public final class FlowLogStore {

    private record TokenKey(String accountId, String region, String clientToken) {
    }

    private record IdempotentCreate(FlowLogCreation.Fingerprint fingerprint, CreateFlowLogsResult result) {
    }

    private final Topology topology;
    // All guarded by this. Insertion order is creation order.
    private final Map<String, FlowLog> byId = new LinkedHashMap<>();
    private final Map<TokenKey, IdempotentCreate> byClientToken = new HashMap<>();
    private long lastSequence;
    /** Counts the changes that can change {@link #activeSubscriptions()} (creations and deletions). */
    private long generation;

    /** @param topology where the interfaces of a subscription's resource are looked up */
    public FlowLogStore(Topology topology) {
        this.topology = topology;
    }

    /**
     * Creates one flow log per existing resource of the request, all or none: a duplicate of an existing flow log
     * (or of another resource in the same request) fails the whole call. A repeated client token with identical
     * input returns the first answer again without creating anything; with different input it fails.
     */
    public synchronized CreateFlowLogsResult create(FlowLogCreation request) {
        TokenKey tokenKey = request.clientToken() == null ? null
                : new TokenKey(request.accountId(), request.region(), request.clientToken());
        if (tokenKey != null && byClientToken.containsKey(tokenKey)) {
            IdempotentCreate earlier = byClientToken.get(tokenKey);
            if (!earlier.fingerprint().equals(request.fingerprint())) {
                throw Ec2Errors.idempotentParameterMismatch();
            }
            return earlier.result();
        }
        List<String> toCreate = new ArrayList<>();
        List<UnsuccessfulItem> unsuccessful = new ArrayList<>();
        for (String resourceId : request.resourceIds()) {
            UnsuccessfulItem missing = request.missingResources().get(resourceId);
            if (missing != null) {
                unsuccessful.add(missing);
            } else if (toCreate.contains(resourceId) || duplicates(request, resourceId)) {
                throw Ec2Errors.flowLogAlreadyExists();
            } else {
                toCreate.add(resourceId);
            }
        }
        List<String> ids = new ArrayList<>();
        for (String resourceId : toCreate) {
            long sequence = ++lastSequence;
            String id = ResourceIds.derive("fl-", "flow-log", Long.toString(sequence));
            byId.put(id, new FlowLog(id, sequence, request.accountId(), request.region(), resourceId,
                    request.spec(), request.now().truncatedTo(ChronoUnit.MILLIS), DeliveryState.INITIAL));
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            generation++;
        }
        CreateFlowLogsResult result = new CreateFlowLogsResult(request.clientToken(), ids, unsuccessful);
        if (tokenKey != null) {
            byClientToken.put(tokenKey, new IdempotentCreate(request.fingerprint(), result));
        }
        return result;
    }

    private boolean duplicates(FlowLogCreation request, String resourceId) {
        return byId.values().stream()
                .filter(f -> f.accountId().equals(request.accountId()) && f.region().equals(request.region()))
                .anyMatch(f -> request.spec().sameDeliveryAs(f, resourceId));
    }

    /** The account's flow logs in the region, in creation order. */
    public synchronized List<FlowLog> list(String accountId, String region) {
        return byId.values().stream()
                .filter(f -> f.accountId().equals(accountId) && f.region().equals(region))
                .toList();
    }

    /** A flow log of the account in the region; flow logs elsewhere are invisible, as in EC2. */
    public synchronized Optional<FlowLog> find(String accountId, String region, String flowLogId) {
        return Optional.ofNullable(byId.get(flowLogId))
                .filter(f -> f.accountId().equals(accountId) && f.region().equals(region));
    }

    /** Deletes the flow log if the account has it in the region; false otherwise. */
    public synchronized boolean delete(String accountId, String region, String flowLogId) {
        if (find(accountId, region, flowLogId).isEmpty()) {
            return false;
        }
        byId.remove(flowLogId);
        generation++;
        return true;
    }

    /** Every flow log of every account and region, in creation order. */
    public synchronized List<FlowLog> all() {
        return List.copyOf(byId.values());
    }

    /** Any flow log by id, whatever its account and region (for flowsim's own tooling). */
    public synchronized Optional<FlowLog> byId(String flowLogId) {
        return Optional.ofNullable(byId.get(flowLogId));
    }

    /**
     * Changes whenever {@link #activeSubscriptions()} may answer differently: a flow log created or deleted (the
     * topology an emulator runs with never changes; delivery reports do not show in subscriptions). For caching the
     * serialized list.
     */
    public synchronized long generation() {
        return generation;
    }

    /** Every flow log of every account and region, in creation order, with the interfaces it records right now. */
    public List<Subscription> activeSubscriptions() {
        return all().stream().map(this::subscriptionOf).toList();
    }

    private Subscription subscriptionOf(FlowLog f) {
        RegionNetwork network = topology.network(f.accountId(), f.region());
        List<MonitoredInterface> interfaces = network.interfacesIn(f.spec().resourceType(), f.resourceId()).stream()
                .map(eni -> MonitoredInterface.of(eni, network)).toList();
        return new Subscription(f.flowLogId(), f.arn(), f.accountId(), f.region(), f.resourceId(),
                f.trafficType(), f.logGroupName(), f.spec().deliverLogsPermissionArn(), f.spec().logFormat(),
                f.spec().maxAggregationInterval(), f.creationTime().toEpochMilli(), interfaces, f.logGroupAccountId());
    }

    /**
     * Records how a delivery went: DescribeFlowLogs then shows {@code DeliverLogsStatus} SUCCESS, or FAILED with
     * {@code Access error}, {@code Rate limited} or {@code Unknown error}; the failure detail and record counters
     * are kept beside it for flowsim's own tooling.
     *
     * @throws UnknownFlowLogException if no such flow log exists (for instance deleted while a delivery was running)
     */
    public synchronized void applyDeliveryReport(DeliveryReport report) {
        FlowLog current = byId.get(report.flowLogId());
        if (current == null) {
            throw new UnknownFlowLogException(report.flowLogId());
        }
        byId.put(current.flowLogId(), current.withDelivery(current.delivery().apply(report)));
    }

    /**
     * The delivery health of one flow log, for flowsim's own tooling (not on the EC2 wire).
     *
     * @throws UnknownFlowLogException if no such flow log exists
     */
    public synchronized DeliveryState deliveryState(String flowLogId) {
        FlowLog f = byId.get(flowLogId);
        if (f == null) {
            throw new UnknownFlowLogException(flowLogId);
        }
        return f.delivery();
    }
}
