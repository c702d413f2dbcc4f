package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.accounting.DropReason;

/** What a failed call means for delivery: whether to try again, and why records are dropped if not. */
public enum FailureKind {
    /** ThrottlingException and friends. */
    THROTTLED(true, DropReason.RATE_LIMITED),
    /** A 5xx answer such as ServiceUnavailableException. */
    SERVER_FAULT(true, DropReason.RATE_LIMITED),
    /** OperationAbortedException: a conflicting change on the same resource; worth another try. */
    CONFLICT(true, DropReason.UNKNOWN_ERROR),
    /** No answer at all: connection refused, reset, timed out. */
    TRANSPORT(true, DropReason.UNKNOWN_ERROR),
    /** A CloudWatch Logs quota such as the number of log groups; AWS reports it as "Rate limited". */
    QUOTA_EXCEEDED(false, DropReason.RATE_LIMITED),
    /** AccessDenied(Exception): the trust policy or the role's permissions say no. */
    ACCESS_DENIED(false, DropReason.ACCESS_ERROR),
    /** The session credentials are expired or unknown; the next window assumes the role afresh. */
    CREDENTIALS_REJECTED(false, DropReason.ACCESS_ERROR),
    /** ResourceNotFoundException for the log group: create it and try again. */
    LOG_GROUP_MISSING(false, DropReason.UNKNOWN_ERROR),
    /** ResourceNotFoundException for the log stream: create it and try again. */
    LOG_STREAM_MISSING(false, DropReason.UNKNOWN_ERROR),
    /** ResourceAlreadyExistsException: what we wanted to create is there; fine for Create* calls. */
    ALREADY_EXISTS(false, DropReason.UNKNOWN_ERROR),
    /** Anything else: a validation error, a signature problem, an unexpected code. */
    OTHER(false, DropReason.UNKNOWN_ERROR);

    private final boolean retryable;
    private final DropReason dropReason;

    FailureKind(boolean retryable, DropReason dropReason) {
        this.retryable = retryable;
        this.dropReason = dropReason;
    }

    /** Whether the same call may succeed if simply repeated after a pause. */
    public boolean retryable() {
        return retryable;
    }

    /** Why the records are dropped when this is the final failure. */
    public DropReason dropReason() {
        return dropReason;
    }
}
