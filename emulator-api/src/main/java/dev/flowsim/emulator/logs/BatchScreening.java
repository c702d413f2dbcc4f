package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventBatch;

import java.util.OptionalInt;

/**
 * The PutLogEvents batch rules that come after input validation, in this order: chronological order, batch size,
 * event size (each failing the whole batch), then the accept window (too old, expired, too new: those events are
 * skipped and reported by index) and finally the 24-hour span of the events that remain.
 */
final class BatchScreening {

    private static final long DAY_MILLIS = 86_400_000L;

    private final LogsLimits limits;

    BatchScreening(LogsLimits limits) {
        this.limits = limits;
    }

    /**
     * What is stored and what is reported. Events are chronological, so rejected events form a prefix (too old,
     * expired) and a suffix (too new).
     *
     * @param acceptedFrom       first event to store
     * @param acceptedTo         exclusive end of the events to store
     * @param tooOldEndIndex     exclusive end of the prefix older than the accept window
     * @param expiredEndIndex    exclusive end of the prefix older than the group's retention
     * @param tooNewStartIndex   start of the suffix too far in the future ({@code batchSize} when none is)
     * @param batchSize          events in the request
     */
    record Outcome(int acceptedFrom, int acceptedTo, int tooOldEndIndex, int expiredEndIndex, int tooNewStartIndex,
                   int batchSize) {

        boolean anyRejected() {
            return tooOldEndIndex > 0 || expiredEndIndex > 0 || tooNewStartIndex < batchSize;
        }
    }

    /**
     * @param now           the simulated time of the request, epoch milliseconds
     * @param retentionDays the group's retention, if it has one
     * @throws dev.flowsim.emulator.error.AwsException InvalidParameterException for a batch AWS refuses outright
     */
    Outcome screen(EventBatch events, long now, OptionalInt retentionDays) {
        if (!events.inOrder()) {
            throw LogsErrors.invalidParameter(
                    "Log events in a single PutLogEvents request must be in chronological order.");
        }
        checkSizes(events);

        int n = events.size();
        long oldestAllowed = now - limits.maxEventAge().toMillis();
        long newestAllowed = now + limits.maxEventFutureSkew().toMillis();
        long retentionFloor = retentionDays.isPresent() ? now - retentionDays.getAsInt() * DAY_MILLIS : Long.MIN_VALUE;
        int tooOldEnd = countBefore(events, oldestAllowed);
        int expiredEnd = countBefore(events, retentionFloor);
        int tooNewStart = n;
        while (tooNewStart > 0 && events.timestamp(tooNewStart - 1) > newestAllowed) {
            tooNewStart--;
        }
        int from = Math.max(tooOldEnd, expiredEnd);
        if (tooNewStart - from > 1) {
            long span = events.timestamp(tooNewStart - 1) - events.timestamp(from);
            if (span > limits.maxBatchSpan().toMillis()) {
                throw LogsErrors.invalidParameter(
                        "The batch of log events in a single PutLogEvents request cannot span more than "
                                + limits.maxBatchSpan().toHours() + " hours.");
            }
        }
        return new Outcome(from, Math.max(from, tooNewStart), tooOldEnd, expiredEnd, tooNewStart, n);
    }

    /** Sizes count UTF-8 message bytes plus a fixed overhead per event, and AWS prints the computed count. */
    private void checkSizes(EventBatch events) {
        int overhead = limits.eventOverheadBytes();
        long total = events.messageBytes(0, events.size()) + (long) overhead * events.size();
        if (total > limits.maxBatchBytes()) {
            throw LogsErrors.invalidParameter(
                    "Upload too large: " + total + " bytes exceeds limit of " + limits.maxBatchBytes());
        }
        if ((long) events.maxMessageLength() + overhead <= limits.maxEventBytes()) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            long size = (long) events.messageLength(i) + overhead;
            if (size > limits.maxEventBytes()) {
                throw LogsErrors.invalidParameter(
                        "Log event too large: " + size + " bytes exceeds limit of " + limits.maxEventBytes());
            }
        }
    }

    private static int countBefore(EventBatch events, long floor) {
        int count = 0;
        while (count < events.size() && events.timestamp(count) < floor) {
            count++;
        }
        return count;
    }
}
