package dev.flowsim.emulator.logs.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** One log group: identity, creation settings, retention and its streams (kept sorted by name). */
public final class LogGroup {

    private final String account;
    private final String region;
    private final String name;
    private final long creationTime;
    private final LogGroupSettings settings;
    private final ConcurrentSkipListMap<String, LogStream> streams = new ConcurrentSkipListMap<>();
    // The same streams by name for point look-ups (every PutLogEvents): with thousands of streams whose names share
    // a long prefix (one per network interface), the sorted map's ~14 string comparisons showed in profiles.
    // Changed together with the sorted map under streamsChange, so both always hold the same streams.
    private final ConcurrentHashMap<String, LogStream> streamsByExactName = new ConcurrentHashMap<>();
    private final Object streamsChange = new Object();
    private final GroupTotals totals = new GroupTotals();
    private final StorageQuota quota;
    private static final long DAY_MILLIS = 86_400_000L;
    // 0 means "never expire", as AWS reports by omitting retentionInDays.
    private volatile int retentionInDays;

    LogGroup(String account, String region, String name, long creationTime, LogGroupSettings settings,
             StorageQuota quota) {
        this.quota = quota;
        this.account = account;
        this.region = region;
        this.name = name;
        this.creationTime = creationTime;
        this.settings = settings;
    }

    public String account() {
        return account;
    }

    public String region() {
        return region;
    }

    public String name() {
        return name;
    }

    /** Epoch milliseconds. */
    public long creationTime() {
        return creationTime;
    }

    public LogGroupClass logGroupClass() {
        return settings.logGroupClass();
    }

    public Optional<String> kmsKeyId() {
        return Optional.ofNullable(settings.kmsKeyId());
    }

    public Map<String, String> tags() {
        return settings.tags();
    }

    public boolean deletionProtectionEnabled() {
        return settings.deletionProtectionEnabled();
    }

    /** Days after which events expire; empty when they never do. */
    public OptionalInt retentionInDays() {
        int days = retentionInDays;
        return days == 0 ? OptionalInt.empty() : OptionalInt.of(days);
    }

    public void setRetentionInDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("retention must be a positive number of days: " + days);
        }
        retentionInDays = days;
    }

    public void clearRetention() {
        retentionInDays = 0;
    }

    /** Creates a stream; empty when one of that name exists already. */
    public Optional<LogStream> createStream(String streamName, long creationTime) {
        LogStream created = new LogStream(streamName, creationTime, totals, quota);
        synchronized (streamsChange) {
            if (streams.putIfAbsent(streamName, created) != null) {
                return Optional.empty();
            }
            streamsByExactName.put(streamName, created);
        }
        return Optional.of(created);
    }

    public Optional<LogStream> stream(String streamName) {
        return Optional.ofNullable(streamsByExactName.get(streamName));
    }

    /** Deletes a stream and its events; false when there was none. */
    public boolean deleteStream(String streamName) {
        LogStream removed;
        synchronized (streamsChange) {
            removed = streams.remove(streamName);
            if (removed != null) {
                streamsByExactName.remove(streamName);
            }
        }
        if (removed == null) {
            return false;
        }
        removed.markDeleted();
        return true;
    }

    /** The streams sorted by name: a live, read-only, weakly consistent view for paging. */
    public NavigableMap<String, LogStream> streamsByName() {
        return Collections.unmodifiableNavigableMap(streams);
    }

    /** A snapshot of the streams, sorted by name. */
    public List<LogStream> streams() {
        return new ArrayList<>(streams.values());
    }

    /** Events stored across all streams. */
    public long eventCount() {
        return totals.events();
    }

    /** UTF-8 bytes of all stored messages: what DescribeLogGroups reports as storedBytes. */
    public long storedBytes() {
        return totals.messageBytes();
    }

    /**
     * Drops, in every stream, the events whose timestamps are before {@code cutoff} (epoch milliseconds) and frees
     * their memory. Safe while other threads read and append: each stream changes atomically under its own lock.
     *
     * @return how many events were dropped
     */
    public long expireBefore(long cutoff) {
        long dropped = 0;
        for (LogStream stream : streams.values()) {
            dropped += stream.expireBefore(cutoff);
        }
        return dropped;
    }

    /**
     * Applies the group's retention at simulated time {@code now} (epoch milliseconds): events older than the
     * retention period are dropped. Does nothing when the group keeps events forever.
     *
     * @return how many events were dropped
     */
    public long applyRetention(long now) {
        OptionalLong cutoff = retentionCutoff(now);
        return cutoff.isPresent() ? expireBefore(cutoff.getAsLong()) : 0;
    }

    /** The time before which events have expired at simulated time {@code now}; empty without retention. */
    public OptionalLong retentionCutoff(long now) {
        int days = retentionInDays;
        return days == 0 ? OptionalLong.empty() : OptionalLong.of(now - days * DAY_MILLIS);
    }

    void markDeleted() {
        for (String streamName : streams.keySet()) {
            deleteStream(streamName);
        }
    }
}
