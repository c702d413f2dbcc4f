package dev.flowsim.emulator.logs.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current tags of every log group, changed by TagResource/TagLogGroup and friends. A group starts with the tags
 * it was created with. Keyed by the group object itself, so a group deleted and created again under the same name
 * starts afresh, as in AWS. Thread-safe; each change is atomic per group.
 */
public final class GroupTags {

    private final Map<LogGroup, TreeMap<String, String>> tags = new ConcurrentHashMap<>();

    /** The group's tags, sorted by key (a copy). */
    public Map<String, String> of(LogGroup group) {
        TreeMap<String, String> current = tags.get(group);
        if (current == null) {
            return new TreeMap<>(group.tags());
        }
        synchronized (current) {
            return new TreeMap<>(current);
        }
    }

    /**
     * Adds or overwrites tags unless the group would then carry more than {@code maxTags}.
     *
     * @return the number of tags the group would have had when that is over the limit (nothing changed), else empty
     */
    public Optional<Integer> merge(LogGroup group, Map<String, String> added, int maxTags) {
        TreeMap<String, String> current = tags.computeIfAbsent(group, g -> new TreeMap<>(g.tags()));
        synchronized (current) {
            TreeMap<String, String> merged = new TreeMap<>(current);
            merged.putAll(added);
            if (merged.size() > maxTags) {
                return Optional.of(merged.size());
            }
            current.putAll(added);
            return Optional.empty();
        }
    }

    /** Removes the keys the group has; keys it does not have are ignored. */
    public void remove(LogGroup group, Collection<String> keys) {
        TreeMap<String, String> current = tags.computeIfAbsent(group, g -> new TreeMap<>(g.tags()));
        synchronized (current) {
            keys.forEach(current::remove);
        }
    }

    /** Forgets a deleted group's tags. */
    public void forget(LogGroup group) {
        tags.remove(group);
    }
}
