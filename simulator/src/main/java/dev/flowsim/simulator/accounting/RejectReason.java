package dev.flowsim.simulator.accounting;

/** Why CloudWatch Logs refused single events of an otherwise accepted batch ({@code rejectedLogEventsInfo}). */
public enum RejectReason {
    /** Older than 14 days ({@code tooOldLogEventEndIndex}). */
    TOO_OLD,
    /** Older than the log group's retention ({@code expiredLogEventEndIndex}). */
    EXPIRED,
    /** More than 2 hours in the future ({@code tooNewLogEventStartIndex}). */
    TOO_NEW
}
