package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.RejectReason;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the events of a batch that PutLogEvents refused, by reason, from the indexes of
 * {@code rejectedLogEventsInfo}: a too-old or expired prefix and a too-new suffix. An event inside both prefixes
 * counts once, as too old.
 */
public final class RejectedEvents {

    private RejectedEvents() {
    }

    /** @param info {@code null} when the whole batch was accepted */
    public static Map<RejectReason, Long> count(int batchSize, RejectedLogEventsInfo info) {
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        if (info == null) {
            return counts;
        }
        int tooOldEnd = clamp(info.tooOldLogEventEndIndex(), 0, batchSize);
        int expiredEnd = clamp(info.expiredLogEventEndIndex(), 0, batchSize);
        int tooNewStart = clamp(info.tooNewLogEventStartIndex(), batchSize, batchSize);
        int prefixEnd = Math.max(tooOldEnd, expiredEnd);
        add(counts, RejectReason.TOO_OLD, tooOldEnd);
        add(counts, RejectReason.EXPIRED, expiredEnd - tooOldEnd);
        add(counts, RejectReason.TOO_NEW, batchSize - Math.max(tooNewStart, prefixEnd));
        return counts;
    }

    public static long total(Map<RejectReason, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static int clamp(Integer index, int whenAbsent, int batchSize) {
        if (index == null) {
            return whenAbsent;
        }
        return Math.max(0, Math.min(index, batchSize));
    }

    private static void add(Map<RejectReason, Long> counts, RejectReason reason, long count) {
        if (count > 0) {
            counts.put(reason, count);
        }
    }
}
