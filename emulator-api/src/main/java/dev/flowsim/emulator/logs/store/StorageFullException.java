package dev.flowsim.emulator.logs.store;

/** A batch did not fit under the emulator's cap on stored bytes; nothing of it was stored. */
public final class StorageFullException extends RuntimeException {

    private final long maxBytes;

    StorageFullException(long maxBytes, long usedBytes, long batchBytes) {
        super("flowsim stores at most " + maxBytes + " bytes of log events and holds " + usedBytes
                + "; this batch of " + batchBytes + " bytes would exceed that. Delete log groups or streams, set a"
                + " retention policy, or give flowsim more heap (the cap is half the maximum heap by default).",
                null, false, false);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
