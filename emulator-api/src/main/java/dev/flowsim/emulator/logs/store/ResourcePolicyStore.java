package dev.flowsim.emulator.logs.store;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account-level resource policies of CloudWatch Logs, per account and region, sorted by name. Each scope holds
 * an immutable snapshot that changes are swapped in for, so readers (authorization on every request) never lock and
 * can cache what they derive from a snapshot by its identity. Thread-safe.
 */
public final class ResourcePolicyStore {

    private final Map<Scope, NavigableMap<String, ResourcePolicy>> scopes = new ConcurrentHashMap<>();

    private record Scope(String account, String region) {
    }

    /** What a put did. */
    public enum PutOutcome { CREATED, REPLACED, LIMIT_EXCEEDED }

    /**
     * Stores a policy under its name, replacing one of the same name. A new name is refused when the scope holds
     * {@code maxPolicies} already; replacing is always allowed.
     */
    public PutOutcome put(String account, String region, ResourcePolicy policy, int maxPolicies) {
        PutOutcome[] outcome = new PutOutcome[1];
        scopes.compute(new Scope(account, region), (scope, current) -> {
            NavigableMap<String, ResourcePolicy> before = current == null ? Collections.emptyNavigableMap() : current;
            boolean replacing = before.containsKey(policy.name());
            if (!replacing && before.size() >= maxPolicies) {
                outcome[0] = PutOutcome.LIMIT_EXCEEDED;
                return current;
            }
            TreeMap<String, ResourcePolicy> next = new TreeMap<>(before);
            next.put(policy.name(), policy);
            outcome[0] = replacing ? PutOutcome.REPLACED : PutOutcome.CREATED;
            return Collections.unmodifiableNavigableMap(next);
        });
        return outcome[0];
    }

    /** Deletes a policy; false when the scope has none of that name. */
    public boolean delete(String account, String region, String name) {
        boolean[] removed = new boolean[1];
        scopes.computeIfPresent(new Scope(account, region), (scope, current) -> {
            if (!current.containsKey(name)) {
                return current;
            }
            removed[0] = true;
            TreeMap<String, ResourcePolicy> next = new TreeMap<>(current);
            next.remove(name);
            return next.isEmpty() ? null : Collections.unmodifiableNavigableMap(next);
        });
        return removed[0];
    }

    /**
     * The scope's policies sorted by name: an immutable snapshot, the same object until the next change, so callers
     * may cache what they compute from it by identity.
     */
    public NavigableMap<String, ResourcePolicy> policies(String account, String region) {
        NavigableMap<String, ResourcePolicy> current = scopes.get(new Scope(account, region));
        return current == null ? Collections.emptyNavigableMap() : current;
    }
}
