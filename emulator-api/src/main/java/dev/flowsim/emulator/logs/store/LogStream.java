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
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    // Guarded by lock.
    private final EventColumns events = new EventColumns();
    private StreamStats stats = StreamStats.EMPTY;
    private boolean deleted;

    LogStream(String name, long creationTime, GroupTotals groupTotals) {
        this.name = name;
        this.creationTime = creationTime;
        this.groupTotals = groupTotals;
    }

    public String name() {
        return name;
    }

    /** Epoch milliseconds. */
    public long creationTime() {
        return creationTime;
    }

    /**
     * Stores a batch. Its timestamps must be non-decreasing (PutLogEvents rejects other batches before they get
     * here) and it may hold at most 65,536 events, the range of an id's index.
     *
     * @param ingestionTime when the batch was accepted, epoch milliseconds
     * @param serial        the batch's number from {@link LogStore#nextBatchSerial()}
     * @return false when the stream was deleted meanwhile and nothing was stored
     */
    public boolean append(long ingestionTime, long serial, List<NewLogEvent> batch) {
        if (batch.size() > 0x10000) {
            throw new IllegalArgumentException("a batch holds at most 65536 events, got " + batch.size());
        }
        for (int i = 1; i < batch.size(); i++) {
            if (batch.get(i).timestamp() < batch.get(i - 1).timestamp()) {
                throw new IllegalArgumentException("batch is not in chronological order at index " + i);
            }
        }
        lock.writeLock().lock();
        try {
            if (deleted) {
                return false;
            }
            if (batch.isEmpty()) {
                return true;
            }
            long bytesBefore = events.messageBytes();
            events.insert(ingestionTime, serial, batch);
            long addedBytes = events.messageBytes() - bytesBefore;
            stats = updatedStats(ingestionTime, serial, batch, addedBytes);
            groupTotals.add(batch.size(), addedBytes);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private StreamStats updatedStats(long ingestionTime, long serial, List<NewLogEvent> batch, long addedBytes) {
        long first = batch.get(0).timestamp();
        long last = batch.get(batch.size() - 1).timestamp();
        if (stats.hasEvents()) {
            first = Math.min(first, stats.firstEventTimestamp());
            last = Math.max(last, stats.lastEventTimestamp());
        }
        return new StreamStats(events.size(), first, last, Math.max(ingestionTime, stats.lastIngestionTime()),
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

    /** Every stored event, oldest first. */
    public List<StoredEvent> events() {
        return readFirst(EventRange.ALL, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /** The id of the newest event, if any. */
    public Optional<EventId> lastEventId() {
        lock.readLock().lock();
        try {
            return events.size() == 0 ? Optional.empty() : Optional.of(events.idAt(events.size() - 1));
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
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
