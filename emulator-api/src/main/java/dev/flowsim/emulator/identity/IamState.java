package dev.flowsim.emulator.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * IAM's global state: roles, users, customer managed policies, their attachments and users' access keys, of every
 * account. Names are unique per account ignoring case, as in IAM. Single changes are atomic per entity; changes that
 * must check several entities together (quotas, delete conflicts) run inside {@link #atomically}.
 */
public final class IamState {

    private final ConcurrentMap<String, Role> rolesByKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, User> usersByKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ManagedPolicy> policiesByKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AccessKey> accessKeysById = new ConcurrentHashMap<>();
    // Bumped after every change of roles, users, managed policies or attachments (never before: a reader that saw
    // the old generation must not keep a view built from the new state under it, and vice versa is harmless).
    private final AtomicLong generation = new AtomicLong();
    private final PolicyAttachments attachments = new PolicyAttachments(this::changed);
    private final Object writeLock = new Object();

    /** Runs a multi-entity change so no other such change interleaves with it. Reads never wait. */
    public <T> T atomically(Supplier<T> change) {
        synchronized (writeLock) {
            return change.get();
        }
    }

    /**
     * A number that changes after every change of roles, users, managed policies or attachments: a view of IAM
     * state built while it held one value is current as long as it still holds that value.
     */
    public long generation() {
        return generation.get();
    }

    private <T> T changed(T result) {
        generation.incrementAndGet();
        return result;
    }

    private void changed() {
        generation.incrementAndGet();
    }

    public PolicyAttachments attachments() {
        return attachments;
    }

    private static String key(String accountId, String roleName) {
        return accountId + "/" + roleName.toLowerCase(Locale.ROOT);
    }

    /** Adds the role unless one with that name exists; returns false in that case. */
    public boolean addRole(Role role) {
        return changed(rolesByKey.putIfAbsent(key(role.accountId(), role.name()), role) == null);
    }

    public Optional<Role> role(String accountId, String roleName) {
        return Optional.ofNullable(rolesByKey.get(key(accountId, roleName)));
    }

    /** Looks a role up by its ARN ({@code arn:aws:iam::ACCOUNT:role/PATH/NAME}); the path must match too. */
    public Optional<Role> roleByArn(String arn) {
        if (arn == null || !arn.startsWith("arn:aws:iam::")) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[5].startsWith("role/")) {
            return Optional.empty();
        }
        String resource = parts[5];
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return role(parts[4], name).filter(r -> r.arn().equals(arn));
    }

    /** Looks a role up by its unique id ({@code AROA...}), as session principals carry it. */
    public Optional<Role> roleById(String roleId) {
        return rolesByKey.values().stream().filter(r -> r.roleId().equals(roleId)).findFirst();
    }

    /** Applies a change atomically; returns the updated role, or empty if there is no such role. */
    public Optional<Role> updateRole(String accountId, String roleName, UnaryOperator<Role> change) {
        return changed(Optional.ofNullable(rolesByKey.computeIfPresent(key(accountId, roleName),
                (k, r) -> change.apply(r))));
    }

    public Optional<Role> removeRole(String accountId, String roleName) {
        return changed(Optional.ofNullable(rolesByKey.remove(key(accountId, roleName))));
    }

    public List<Role> roles(String accountId) {
        return rolesByKey.values().stream().filter(r -> r.accountId().equals(accountId))
                .sorted(java.util.Comparator.comparing(Role::name)).toList();
    }

    // ---- users ----

    public boolean addUser(User user) {
        return changed(usersByKey.putIfAbsent(key(user.accountId(), user.name()), user) == null);
    }

    public Optional<User> user(String accountId, String userName) {
        return Optional.ofNullable(usersByKey.get(key(accountId, userName)));
    }

    /** Looks a user up by ARN; the path must match too. */
    public Optional<User> userByArn(String arn) {
        return entityName(arn, "user/").flatMap(n -> user(arn.split(":")[4], n)).filter(u -> u.arn().equals(arn));
    }

    public Optional<User> updateUser(String accountId, String userName, UnaryOperator<User> change) {
        return changed(Optional.ofNullable(usersByKey.computeIfPresent(key(accountId, userName),
                (k, u) -> change.apply(u))));
    }

    public Optional<User> removeUser(String accountId, String userName) {
        return changed(Optional.ofNullable(usersByKey.remove(key(accountId, userName))));
    }

    public List<User> users(String accountId) {
        return usersByKey.values().stream().filter(u -> u.accountId().equals(accountId))
                .sorted(java.util.Comparator.comparing(User::name)).toList();
    }

    // ---- customer managed policies ----

    public boolean addPolicy(ManagedPolicy policy) {
        return changed(policiesByKey.putIfAbsent(key(policy.accountId(), policy.name()), policy) == null);
    }

    /** Looks a managed policy up by ARN; the path must match too. */
    public Optional<ManagedPolicy> policyByArn(String arn) {
        return entityName(arn, "policy/").flatMap(n -> Optional.ofNullable(policiesByKey.get(key(arn.split(":")[4], n))))
                .filter(p -> p.arn().equals(arn));
    }

    public Optional<ManagedPolicy> updatePolicy(ManagedPolicy policy, UnaryOperator<ManagedPolicy> change) {
        return changed(Optional.ofNullable(policiesByKey.computeIfPresent(key(policy.accountId(), policy.name()),
                (k, p) -> change.apply(p))));
    }

    public void removePolicy(ManagedPolicy policy) {
        policiesByKey.remove(key(policy.accountId(), policy.name()));
        changed();
    }

    public List<ManagedPolicy> policies(String accountId) {
        return policiesByKey.values().stream().filter(p -> p.accountId().equals(accountId))
                .sorted(java.util.Comparator.comparing(ManagedPolicy::name)).toList();
    }

    // ---- access keys ----

    public void addAccessKey(AccessKey key) {
        accessKeysById.put(key.accessKeyId(), key);
    }

    public Optional<AccessKey> accessKey(String accessKeyId) {
        return Optional.ofNullable(accessKeysById.get(accessKeyId));
    }

    public void removeAccessKey(String accessKeyId) {
        accessKeysById.remove(accessKeyId);
    }

    public List<AccessKey> accessKeys(String accountId, String userName) {
        return accessKeysById.values().stream()
                .filter(k -> k.accountId().equals(accountId) && k.userName().equalsIgnoreCase(userName))
                .sorted(java.util.Comparator.comparing(AccessKey::createDate).thenComparing(AccessKey::accessKeyId))
                .toList();
    }

    /** The name after the last slash of {@code arn:aws:iam::ACCOUNT:<kind>...}, if the ARN is of that kind. */
    private static Optional<String> entityName(String arn, String kind) {
        if (arn == null || !arn.startsWith("arn:aws:iam::")) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[5].startsWith(kind)) {
            return Optional.empty();
        }
        return Optional.of(parts[5].substring(parts[5].lastIndexOf('/') + 1));
    }
}
