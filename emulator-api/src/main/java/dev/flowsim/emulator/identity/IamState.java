package dev.flowsim.emulator.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * IAM's global state: roles of every account (users and managed policies arrive with the IAM engine issue).
 * Role names are unique per account ignoring case, as in IAM.
 */
public final class IamState {

    private final ConcurrentMap<String, Role> rolesByKey = new ConcurrentHashMap<>();

    private static String key(String accountId, String roleName) {
        return accountId + "/" + roleName.toLowerCase(Locale.ROOT);
    }

    /** Adds the role unless one with that name exists; returns false in that case. */
    public boolean addRole(Role role) {
        return rolesByKey.putIfAbsent(key(role.accountId(), role.name()), role) == null;
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
        return Optional.ofNullable(rolesByKey.computeIfPresent(key(accountId, roleName), (k, r) -> change.apply(r)));
    }

    public Optional<Role> removeRole(String accountId, String roleName) {
        return Optional.ofNullable(rolesByKey.remove(key(accountId, roleName)));
    }

    public List<Role> roles(String accountId) {
        return rolesByKey.values().stream().filter(r -> r.accountId().equals(accountId))
                .sorted(java.util.Comparator.comparing(Role::name)).toList();
    }
}
