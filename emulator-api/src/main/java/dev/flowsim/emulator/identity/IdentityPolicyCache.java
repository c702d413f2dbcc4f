package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link IdentityPolicies#of} per principal, kept while IAM state does not change: every request of a role session
 * otherwise parses the role's ARN, looks up the role and its attachments and builds the same list again. An entry
 * holds the {@link IamState#generation} read before it was built and is used only while IAM still has that
 * generation, so a change of any role, user, managed policy or attachment applies from the very next request.
 * Bounded: a map is emptied when it grows past {@link #MAX_ENTRIES} principals.
 */
public final class IdentityPolicyCache {

    static final int MAX_ENTRIES = 4096;

    private record Entry(long generation, List<NamedPolicy> policies) {
    }

    private final IamState iam;
    private final ConcurrentMap<String, Entry> byRoleArn = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Entry> byUserArn = new ConcurrentHashMap<>();

    public IdentityPolicyCache(IamState iam) {
        this.iam = iam;
    }

    /** The principal's identity-based policies as IAM holds them now (an unmodifiable list). */
    public List<NamedPolicy> of(Principal principal) {
        // Sessions of one role share the role's policies; users are keyed by their own ARN; others have none.
        ConcurrentMap<String, Entry> entries;
        String key;
        if (principal.roleArn() != null) {
            entries = byRoleArn;
            key = principal.roleArn();
        } else if (principal.type() == PrincipalType.USER && principal.arn() != null) {
            entries = byUserArn;
            key = principal.arn();
        } else {
            return IdentityPolicies.of(iam, principal);
        }
        long generation = iam.generation();
        Entry cached = entries.get(key);
        if (cached != null && cached.generation == generation) {
            return cached.policies;
        }
        List<NamedPolicy> policies = List.copyOf(IdentityPolicies.of(iam, principal));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(generation, policies));
        return policies;
    }
}
