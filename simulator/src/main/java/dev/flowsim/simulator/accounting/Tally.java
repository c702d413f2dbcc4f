package dev.flowsim.simulator.accounting;

import java.util.EnumMap;
import java.util.Map;

/**
 * A running count of one flow log's window as its delivery proceeds. Its steps run one after another, but on
 * whichever thread completed the previous call, so access is synchronised for visibility.
 */
public final class Tally {

    private long generated;
    private long delivered;
    private long fromEarlier;
    private long carried;
    private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    private final Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);

    public synchronized void generated(long count) {
        generated += requireCount(count);
    }

    public synchronized void delivered(long count) {
        delivered += requireCount(count);
    }

    public synchronized void rejected(RejectReason reason, long count) {
        rejected.merge(reason, requireCount(count), Long::sum);
    }

    public synchronized void dropped(DropReason reason, long count) {
        dropped.merge(reason, requireCount(count), Long::sum);
    }

    /** Records of earlier windows taken from the carry-over buffer into this attempt. */
    public synchronized void fromEarlier(long count) {
        fromEarlier += requireCount(count);
    }

    /** Records left in the carry-over buffer for a later attempt. */
    public synchronized void carried(long count) {
        carried += requireCount(count);
    }

    /** Records this attempt had carried that the buffer could not keep after all (its bound): dropped instead. */
    public synchronized void carriedThenDropped(DropReason reason, long count) {
        if (requireCount(count) > carried) {
            throw new IllegalStateException("dropping " + count + " carried records but only " + carried
                    + " were carried");
        }
        carried -= count;
        dropped.merge(reason, count, Long::sum);
    }

    public synchronized Accounting snapshot() {
        return new Accounting(generated, delivered, rejected, dropped, fromEarlier, carried);
    }

    private static long requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a record count is never negative: " + count);
        }
        return count;
    }
}
