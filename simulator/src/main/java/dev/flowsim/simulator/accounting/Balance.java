package dev.flowsim.simulator.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a flow log's (or one interface's) records stand at one moment: generated = delivered + rejected (by reason)
 * + dropped (by reason) + pending. {@code pending} is tracked on its own, not derived, so {@link #isBalanced()} is a
 * real check: records enter pending when generated and leave it exactly once, when their fate is known.
 */
public record Balance(
        long generated,
        long delivered,
        Map<RejectReason, Long> rejected,
        Map<DropReason, Long> dropped,
        long pending) {

    private static final Balance EMPTY = new Balance(0, 0, Map.of(), Map.of(), 0);

    public Balance {
        rejected = complete(rejected, RejectReason.class);
        dropped = complete(dropped, DropReason.class);
        if (generated < 0 || delivered < 0 || pending < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public static Balance empty() {
        return EMPTY;
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** generated = delivered + rejected + dropped + pending. */
    public boolean isBalanced() {
        return generated == delivered + rejectedTotal() + droppedTotal() + pending;
    }

    public Balance plus(Balance other) {
        Map<RejectReason, Long> sumRejected = new EnumMap<>(RejectReason.class);
        rejected.forEach((reason, count) -> sumRejected.put(reason, count + other.rejected.get(reason)));
        Map<DropReason, Long> sumDropped = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, count) -> sumDropped.put(reason, count + other.dropped.get(reason)));
        return new Balance(generated + other.generated, delivered + other.delivered, sumRejected, sumDropped,
                pending + other.pending);
    }

    @Override
    public String toString() {
        return "generated " + generated + ", delivered " + delivered + ", rejected " + rejected + ", dropped "
                + dropped + ", pending " + pending;
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E reason : type.getEnumConstants()) {
            long count = counts == null ? 0 : counts.getOrDefault(reason, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + reason + ": " + count);
            }
            all.put(reason, count);
        }
        return Collections.unmodifiableMap(all);
    }
}
