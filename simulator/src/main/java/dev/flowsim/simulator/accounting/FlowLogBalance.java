package dev.flowsim.simulator.accounting;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One flow log's books at one moment: its totals and the same counts per interface (by ENI id). The totals are
 * the sum of the interfaces, taken under one lock, so the snapshot is consistent.
 *
 * @param takenAt simulated epoch milliseconds of the snapshot
 */
public record FlowLogBalance(String flowLogId, long takenAt, Balance totals, Map<String, Balance> interfaces) {

    public FlowLogBalance {
        Objects.requireNonNull(flowLogId, "flowLogId");
        Objects.requireNonNull(totals, "totals");
        interfaces = Collections.unmodifiableMap(new TreeMap<>(interfaces));
    }

    /** The identity holds for the totals and for every interface, and the totals are the interfaces' sum. */
    public boolean isBalanced() {
        Balance sum = interfaces.values().stream().reduce(Balance.empty(), Balance::plus);
        return totals.isBalanced() && sum.equals(totals)
                && interfaces.values().stream().allMatch(Balance::isBalanced);
    }
}
