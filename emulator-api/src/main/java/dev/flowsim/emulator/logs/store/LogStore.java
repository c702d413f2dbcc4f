package dev.flowsim.emulator.logs.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything CloudWatch Logs holds, per account and region: log groups (sorted by name), their streams and
 * events. Knows nothing of the wire: the Logs handlers translate requests into these calls, and the rest of flowsim
 * may read it in-process (for example to show which flow-log records were delivered). Thread-safe.
 */
public final class LogStore {

    private final Map<Scope, ConcurrentSkipListMap<String, LogGroup>> groups = new ConcurrentHashMap<>();
    // Deterministic source of the 64 "opaque" bits of event ids: one number per stored batch, in arrival order.
    private final AtomicLong batchSerials = new AtomicLong();
    private final StorageQuota quota;

    /** A store with no practical cap on stored bytes (tests and in-process use). */
    public LogStore() {
        this(Long.MAX_VALUE);
    }

    /** @param maxStoredBytes the cap on message bytes stored across all accounts and regions */
    public LogStore(long maxStoredBytes) {
        this.quota = new StorageQuota(maxStoredBytes);
    }

    private record Scope(String account, String region) {
    }

    private ConcurrentSkipListMap<String, LogGroup> scopeForWriting(String account, String region) {
        return groups.computeIfAbsent(new Scope(account, region), s -> new ConcurrentSkipListMap<>());
    }

    /** Reads never create a scope, so looking around in other accounts or regions costs no memory. */
    private NavigableMap<String, LogGroup> scope(String account, String region) {
        NavigableMap<String, LogGroup> scope = groups.get(new Scope(account, region));
        return scope == null ? Collections.emptyNavigableMap() : scope;
    }

    /**
     * Creates a log group.
     *
     * @param creationTime epoch milliseconds
     * @return the new group, or empty when the account already has one of that name in the region
     */
    public Optional<LogGroup> createGroup(String account, String region, String name, LogGroupSettings settings,
                                          long creationTime) {
        LogGroup created = new LogGroup(account, region, name, creationTime, settings, quota);
        boolean taken = scopeForWriting(account, region).putIfAbsent(name, created) != null;
        return taken ? Optional.empty() : Optional.of(created);
    }

    public Optional<LogGroup> group(String account, String region, String name) {
        return Optional.ofNullable(scope(account, region).get(name));
    }

    /** The account's groups in the region, sorted by name: a live, read-only, weakly consistent view for paging. */
    public NavigableMap<String, LogGroup> groupsByName(String account, String region) {
        return Collections.unmodifiableNavigableMap(scope(account, region));
    }

    /** A snapshot of the account's groups in the region, sorted by name. */
    public List<LogGroup> groups(String account, String region) {
        return new ArrayList<>(scope(account, region).values());
    }

    /** Deletes a group with its streams and events; false when there was none. */
    public boolean deleteGroup(String account, String region, String name) {
        ConcurrentSkipListMap<String, LogGroup> scope = groups.get(new Scope(account, region));
        LogGroup removed = scope == null ? null : scope.remove(name);
        if (removed == null) {
            return false;
        }
        removed.markDeleted();
        return true;
    }

    /** The number the next stored batch carries in its event ids. */
    public long nextBatchSerial() {
        return batchSerials.incrementAndGet();
    }

    /** Message bytes stored across all accounts and regions, the figure the cap applies to. */
    public long storedBytes() {
        return quota.used();
    }

    /** The cap on {@link #storedBytes()}. */
    public long maxStoredBytes() {
        return quota.maxBytes();
    }

    // In-process reads for the rest of flowsim.

    /** Every event of a stream, oldest first; empty when the group or stream does not exist. */
    public List<StoredEvent> events(String account, String region, String groupName, String streamName) {
        return group(account, region, groupName).flatMap(g -> g.stream(streamName))
                .map(LogStream::events).orElse(List.of());
    }

    /** Events stored in a group across its streams; 0 when it does not exist. */
    public long eventCount(String account, String region, String groupName) {
        return group(account, region, groupName).map(LogGroup::eventCount).orElse(0L);
    }

    /** Event counts of a group's streams by stream name, sorted by name; empty when the group does not exist. */
    public Map<String, Long> eventCountsByStream(String account, String region, String groupName) {
        Map<String, Long> counts = new LinkedHashMap<>();
        group(account, region, groupName).ifPresent(g -> g.streams()
                .forEach(s -> counts.put(s.name(), s.stats().eventCount())));
        return counts;
    }
}
