package dev.flowsim.emulator.logs.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One log stream: its events in id order and the counters DescribeLogStreams reports. Any number of threads may
 * append and read at once; each batch is stored atomically.
 */
public final class LogStream {

    private final String name;
    private final long creationTime;
    private final GroupTotals groupTotals;
    private final StorageQuota quota;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    // Guarded by lock.
    private final EventColumns events = new EventColumns();
    private StreamStats stats = StreamStats.EMPTY;
    private boolean deleted;

    LogStream(String name, long creationTime, GroupTotals groupTotals, StorageQuota quota) {
        this.name = name;
        this.creationTime = creationTime;
        this.groupTotals = groupTotals;
        this.quota = quota;
    }

    public String name() {
        return name;
    }

    /** Epoch milliseconds. */
    public long creationTime() {
        return creationTime;
    }

    /** Stores a batch given as a list; see {@link #append(long, long, EventBatch, int, int)}. */
    public boolean append(long ingestionTime, long serial, List<NewLogEvent> batch) {
        EventBatch columns = EventBatch.of(batch);
        return append(ingestionTime, serial, columns, 0, columns.size());
    }

    /**
     * Stores events {@code [from, to)} of a batch, all or nothing. Their timestamps must be non-decreasing
     * (PutLogEvents rejects other batches before they get here) and there may be at most 65,536 of them, the range
     * of an id's index.
     *
     * @param ingestionTime when the batch was accepted, epoch milliseconds
     * @param serial        the batch's number from {@link LogStore#nextBatchSerial()}
     * @return false when the stream was deleted meanwhile and nothing was stored
     * @throws StorageFullException when the emulator's cap on stored bytes would be exceeded; nothing is stored
     */
    public boolean append(long ingestionTime, long serial, EventBatch batch, int from, int to) {
        int count = to - from;
        if (count > 0x10000) {
            throw new IllegalArgumentException("a batch holds at most 65536 events, got " + count);
        }
        for (int i = batch.inOrder() ? to : from + 1; i < to; i++) {
            if (batch.timestamp(i) < batch.timestamp(i - 1)) {
                throw new IllegalArgumentException("batch is not in chronological order at index " + (i - from));
            }
        }
        long addedBytes = count > 0 ? batch.messageBytes(from, to) : 0;
        quota.reserve(addedBytes);
        boolean stored = false;
        lock.writeLock().lock();
        try {
            if (deleted) {
                return false;
            }
            if (count > 0) {
                events.insert(ingestionTime, serial, batch, from, to);
                stats = updatedStats(ingestionTime, serial, batch.timestamp(from), batch.timestamp(to - 1), count,
                        addedBytes);
                groupTotals.add(count, addedBytes);
            }
            stored = true;
            return true;
        } finally {
            lock.writeLock().unlock();
            if (!stored) {
                quota.release(addedBytes);
            }
        }
    }

    /**
     * Drops the events whose timestamps are before {@code cutoff} (epoch milliseconds) and frees their memory, as
     * retention does. The stream's first and last event timestamps stay as they were ([U]: AWS keeps reporting a
     * stream's lastEventTimestamp after its events expired); its event count and stored bytes go down.
     *
     * @return how many events were dropped
     */
    public int expireBefore(long cutoff) {
        lock.writeLock().lock();
        try {
            if (deleted) {
                return 0;
            }
            EventColumns.Expired expired = events.expireBefore(cutoff);
            if (expired.events() > 0) {
                stats = new StreamStats(stats.eventCount() - expired.events(), stats.firstEventTimestamp(),
                        stats.lastEventTimestamp(), stats.lastIngestionTime(), stats.lastBatchIngestionTime(),
                        stats.lastBatchSerial(), stats.messageBytes() - expired.messageBytes());
                groupTotals.add(-expired.events(), -expired.messageBytes());
                quota.release(expired.messageBytes());
            }
            return expired.events();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private StreamStats updatedStats(long ingestionTime, long serial, long first, long last, int count,
                                     long addedBytes) {
        if (stats.hasEvents()) {
            first = Math.min(first, stats.firstEventTimestamp());
            last = Math.max(last, stats.lastEventTimestamp());
        }
        return new StreamStats(stats.eventCount() + count, first, last, Math.max(ingestionTime, stats.lastIngestionTime()),
                ingestionTime, serial, stats.messageBytes() + addedBytes);
    }

    public StreamStats stats() {
        lock.readLock().lock();
        try {
            return stats;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The first {@code limit} events of the range, oldest first, holding at most about {@code maxMessageBytes}. */
    public List<StoredEvent> readFirst(EventRange range, int limit, long maxMessageBytes) {
        lock.readLock().lock();
        try {
            return events.readFirst(range, limit, maxMessageBytes);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The last {@code limit} events of the range, returned oldest first. */
    public List<StoredEvent> readLast(EventRange range, int limit, long maxMessageBytes) {
        lock.readLock().lock();
        try {
            return events.readLast(range, limit, maxMessageBytes);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Hands at most {@code limit} events of the range to {@code visitor} under the read lock, oldest first or newest
     * first, until it returns false; for scans that test every event and keep few (queries, filter patterns). Keep
     * {@code limit} to a few thousand so appends are not held up for long.
     *
     * @return how many events were visited
     */
    public int scan(EventRange range, boolean newestFirst, int limit, EventVisitor visitor) {
        lock.readLock().lock();
        try {
            return events.scan(range, newestFirst, limit, visitor);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every stored event, oldest first. */
    public List<StoredEvent> events() {
        return readFirst(EventRange.ALL, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /** The id of the newest event, if any. */
    public Optional<EventId> lastEventId() {
        lock.readLock().lock();
        try {
            return events.size() == 0 ? Optional.empty() : Optional.of(events.lastId());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Marks the stream gone and takes its events out of the group's totals; later appends store nothing. */
    void markDeleted() {
        lock.writeLock().lock();
        try {
            if (!deleted) {
                deleted = true;
                groupTotals.add(-stats.eventCount(), -stats.messageBytes());
                quota.release(stats.messageBytes());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
