package dev.flowsim.simulator.accounting;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The running books of every flow log since the service started, per interface, with records in flight counted as
 * pending. Each flow log has its own lock, held only for a few additions, never across a call; readers get
 * immutable snapshots.
 */
public final class FlowLogLedger {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    public FlowLogLedger(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    public Account account(String flowLogId) {
        return accounts.computeIfAbsent(flowLogId, Account::new);
    }

    public Optional<FlowLogBalance> snapshot(String flowLogId) {
        return Optional.ofNullable(accounts.get(flowLogId)).map(Account::snapshot);
    }

    /** Every flow log's books, by flow-log id. */
    public List<FlowLogBalance> snapshot() {
        return accounts.values().stream().map(Account::snapshot)
                .sorted(Comparator.comparing(FlowLogBalance::flowLogId)).toList();
    }

    /** One flow log's books. Generating moves records into pending; every settlement moves them out, once. */
    public final class Account {
        private final String flowLogId;
        private final Map<String, Counts> byInterface = new TreeMap<>();

        private Account(String flowLogId) {
            this.flowLogId = flowLogId;
        }

        public String flowLogId() {
            return flowLogId;
        }

        public synchronized void generated(String interfaceId, long count) {
            Counts counts = counts(interfaceId);
            counts.generated += requireCount(count);
            counts.pending += count;
        }

        public synchronized void delivered(String interfaceId, long count) {
            settle(interfaceId, count).delivered += count;
        }

        public synchronized void rejected(String interfaceId, RejectReason reason, long count) {
            settle(interfaceId, count).rejected.merge(reason, count, Long::sum);
        }

        public synchronized void dropped(String interfaceId, DropReason reason, long count) {
            settle(interfaceId, count).dropped.merge(reason, count, Long::sum);
        }

        public synchronized FlowLogBalance snapshot() {
            Map<String, Balance> interfaces = new TreeMap<>();
            Balance totals = Balance.empty();
            for (Map.Entry<String, Counts> entry : byInterface.entrySet()) {
                Counts c = entry.getValue();
                Balance balance = new Balance(c.generated, c.delivered, c.rejected, c.dropped, c.pending);
                interfaces.put(entry.getKey(), balance);
                totals = totals.plus(balance);
            }
            return new FlowLogBalance(flowLogId, clockMillis.getAsLong(), totals, interfaces);
        }

        /** Settling more than is pending would count a record twice: that is a bug, refused loudly. */
        private Counts settle(String interfaceId, long count) {
            Counts counts = counts(interfaceId);
            if (requireCount(count) > counts.pending) {
                throw new IllegalStateException("flow log " + flowLogId + ", " + interfaceId + ": settling " + count
                        + " records but only " + counts.pending + " are pending");
            }
            counts.pending -= count;
            return counts;
        }

        private Counts counts(String interfaceId) {
            return byInterface.computeIfAbsent(interfaceId, id -> new Counts());
        }
    }

    private static final class Counts {
        long generated;
        long delivered;
        long pending;
        final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
    }

    private static long requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a record count is never negative: " + count);
        }
        return count;
    }
}
