package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Records that met a transient failure, kept per flow log and interface (log stream) to be put again with the flow
 * log's next window. Bounded by {@link CarryOverPolicy#records()} per flow log and {@link CarryOverPolicy#maxAge()};
 * a record that cannot stay is handed back with the reason of the failure that kept it, for the caller to count as
 * dropped. The buffer counts nothing itself: the records stay pending in the caller's books while they are here.
 *
 * <p>One flow log's cycle: {@link #take} at the start of a delivery (everything leaves the buffer, the too-old
 * records as expired), {@link #keep} for each batch that fails again, {@link #trim} at the end (the oldest records
 * beyond the bound go). A record taken and kept again keeps the time it was first kept, so its age keeps growing.
 */
public final class CarryOverBuffer {

    /** One kept record: the failure that kept it last, and when it was first kept (simulated epoch ms). */
    record Carried(LogEvent event, DropReason reason, long keptAt) {
    }

    /** What {@link #take} hands out: events to put again per interface, and records too old to, by reason. */
    public record Taken(Map<String, List<LogEvent>> events, Map<String, Map<DropReason, Long>> expired) {

        public long count() {
            return events.values().stream().mapToLong(List::size).sum();
        }
    }

    private static final Comparator<Carried> OLDEST_FIRST = Comparator.comparingLong(Carried::keptAt)
            .thenComparingLong(carried -> carried.event().timestamp());

    private final CarryOverPolicy policy;
    private final LongSupplier clockMillis;
    private final Map<String, FlowLogCarry> flowLogs = new TreeMap<>();

    public CarryOverBuffer(CarryOverPolicy policy, LongSupplier clockMillis) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    public CarryOverPolicy policy() {
        return policy;
    }

    /** Takes every record the flow log kept; those kept longer than the max age come back as expired. */
    public synchronized Taken take(String flowLogId) {
        FlowLogCarry carry = flowLogs.get(flowLogId);
        if (carry == null) {
            return new Taken(Map.of(), Map.of());
        }
        long oldestAllowed = clockMillis.getAsLong() - policy.maxAge().toMillis();
        Map<String, List<LogEvent>> events = new TreeMap<>();
        Map<String, Map<DropReason, Long>> expired = new TreeMap<>();
        carry.byInterface.forEach((interfaceId, kept) -> {
            List<Carried> ordered = new ArrayList<>(kept);
            ordered.sort(Comparator.comparingLong(c -> c.event().timestamp()));
            List<LogEvent> again = new ArrayList<>();
            for (Carried carried : ordered) {
                if (carried.keptAt() < oldestAllowed) {
                    expired.computeIfAbsent(interfaceId, id -> new EnumMap<>(DropReason.class))
                            .merge(carried.reason(), 1L, Long::sum);
                } else {
                    again.add(carried.event());
                    carry.inFlight.put(carried.event(), carried.keptAt());
                }
            }
            if (!again.isEmpty()) {
                events.put(interfaceId, List.copyOf(again));
            }
        });
        carry.byInterface.clear();
        carry.size = 0;
        return new Taken(events, expired);
    }

    /** Keeps events that could not be delivered (in timestamp order) for the flow log's next delivery. */
    public synchronized void keep(String flowLogId, String interfaceId, List<LogEvent> events, DropReason reason) {
        if (events.isEmpty()) {
            return;
        }
        FlowLogCarry carry = flowLogs.computeIfAbsent(flowLogId, id -> new FlowLogCarry());
        ArrayDeque<Carried> kept = carry.byInterface.computeIfAbsent(interfaceId, id -> new ArrayDeque<>());
        long now = clockMillis.getAsLong();
        for (LogEvent event : events) {
            Long firstKept = carry.inFlight.remove(event);
            kept.addLast(new Carried(event, reason, firstKept == null ? now : firstKept));
        }
        carry.size += events.size();
    }

    /**
     * Ends the flow log's delivery: cuts what it kept to the bound, the oldest records first (first kept earliest,
     * then earliest timestamp, then interface id, so the cut does not depend on timing).
     *
     * @return the records that did not fit, per interface and reason
     */
    public synchronized Map<String, Map<DropReason, Long>> trim(String flowLogId) {
        FlowLogCarry carry = flowLogs.get(flowLogId);
        if (carry == null) {
            return Map.of();
        }
        carry.inFlight.clear();
        Map<String, Map<DropReason, Long>> evicted = new TreeMap<>();
        long excess = carry.size - policy.records();
        if (excess > 0) {
            List<Map.Entry<String, Carried>> all = new ArrayList<>();
            carry.byInterface.forEach((interfaceId, kept) -> kept.forEach(c -> all.add(Map.entry(interfaceId, c))));
            all.sort(Map.Entry.<String, Carried>comparingByValue(OLDEST_FIRST)
                    .thenComparing(Map.Entry.comparingByKey()));
            Map<String, Set<Carried>> leaving = new TreeMap<>();
            for (int i = 0; i < excess; i++) {
                Map.Entry<String, Carried> oldest = all.get(i);
                evicted.computeIfAbsent(oldest.getKey(), id -> new EnumMap<>(DropReason.class))
                        .merge(oldest.getValue().reason(), 1L, Long::sum);
                leaving.computeIfAbsent(oldest.getKey(), id -> Collections.newSetFromMap(
                        new IdentityHashMap<>())).add(oldest.getValue());
            }
            leaving.forEach((interfaceId, gone) -> carry.byInterface.get(interfaceId).removeIf(gone::contains));
            carry.size -= excess;
        }
        carry.byInterface.values().removeIf(ArrayDeque::isEmpty);
        if (carry.size == 0) {
            flowLogs.remove(flowLogId);
        }
        return evicted;
    }

    /** Removes everything a flow log kept (it was deleted); returns how many records per interface. */
    public synchronized Map<String, Long> discard(String flowLogId) {
        Map<String, Long> discarded = heldByInterface(flowLogId);
        flowLogs.remove(flowLogId);
        return discarded;
    }

    /** The flow logs that have records waiting, in id order. */
    public synchronized Set<String> flowLogsHolding() {
        return new TreeSet<>(flowLogs.keySet());
    }

    /** How many records the flow log has waiting. */
    public synchronized long held(String flowLogId) {
        FlowLogCarry carry = flowLogs.get(flowLogId);
        return carry == null ? 0 : carry.size;
    }

    /** How many records the flow log has waiting per interface. */
    public synchronized Map<String, Long> heldByInterface(String flowLogId) {
        FlowLogCarry carry = flowLogs.get(flowLogId);
        Map<String, Long> held = new TreeMap<>();
        if (carry != null) {
            carry.byInterface.forEach((interfaceId, kept) -> held.put(interfaceId, (long) kept.size()));
        }
        return held;
    }

    /** The events a flow log has waiting for one interface, in the order they would be put. */
    public synchronized List<LogEvent> heldFor(String flowLogId, String interfaceId) {
        FlowLogCarry carry = flowLogs.get(flowLogId);
        ArrayDeque<Carried> kept = carry == null ? null : carry.byInterface.get(interfaceId);
        return kept == null ? List.of() : kept.stream().map(Carried::event).toList();
    }

    private static final class FlowLogCarry {
        final Map<String, ArrayDeque<Carried>> byInterface = new TreeMap<>();
        /** Records taken for the delivery in progress, with when they were first kept (by identity). */
        final Map<LogEvent, Long> inFlight = new IdentityHashMap<>();
        long size;
    }
}
