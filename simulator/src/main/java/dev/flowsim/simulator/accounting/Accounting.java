package dev.flowsim.simulator.accounting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where generated records ended: every record is delivered, rejected by CloudWatch Logs or dropped with a reason,
 * exactly once. An immutable snapshot; {@link #isBalanced()} checks that identity.
 */
public record Accounting(
        long generated,
        long delivered,
        Map<RejectReason, Long> rejected,
        Map<DropReason, Long> dropped) {

    private static final Accounting EMPTY = new Accounting(0, 0, Map.of(), Map.of());

    public Accounting {
        rejected = complete(rejected, RejectReason.class);
        dropped = complete(dropped, DropReason.class);
        if (generated < 0 || delivered < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public static Accounting empty() {
        return EMPTY;
    }

    public long rejected(RejectReason reason) {
        return rejected.get(reason);
    }

    public long dropped(DropReason reason) {
        return dropped.get(reason);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records whose fate is known: delivered, rejected or dropped. */
    public long settled() {
        return delivered + rejectedTotal() + droppedTotal();
    }

    /** generated = delivered + rejected + dropped. */
    public boolean isBalanced() {
        return generated == settled();
    }

    public Accounting plus(Accounting other) {
        Map<RejectReason, Long> sumRejected = new EnumMap<>(RejectReason.class);
        rejected.forEach((reason, count) -> sumRejected.put(reason, count + other.rejected(reason)));
        Map<DropReason, Long> sumDropped = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, count) -> sumDropped.put(reason, count + other.dropped(reason)));
        return new Accounting(generated + other.generated, delivered + other.delivered, sumRejected, sumDropped);
    }

    @Override
    public String toString() {
        return "generated " + generated + ", delivered " + delivered + ", rejected " + rejected
                + ", dropped " + dropped;
    }

    /** Every reason present, zero when absent, in declaration order. */
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
