package dev.flowsim.emulator.logs.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator-wide cap on stored message bytes (the figure DescribeLogGroups reports as storedBytes, summed over
 * every account and region). A batch reserves all its bytes before it is stored, or nothing: a full store refuses
 * whole batches, never part of one. Expiry and deletion give bytes back. Thread-safe.
 */
final class StorageQuota {

    private final long maxBytes;
    private final AtomicLong used = new AtomicLong();

    StorageQuota(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the stored-bytes cap cannot be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** @throws StorageFullException when the bytes do not fit; nothing is reserved then */
    void reserve(long bytes) {
        long before;
        do {
            before = used.get();
            if (bytes > maxBytes - before) {
                throw new StorageFullException(maxBytes, before, bytes);
            }
        } while (!used.compareAndSet(before, before + bytes));
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    long used() {
        return used.get();
    }

    long maxBytes() {
        return maxBytes;
    }
}
