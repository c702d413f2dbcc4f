package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.Tag;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The tags given to roles, users and managed policies at creation, by unique id. Kept by the IAM API because
 * {@link dev.flowsim.emulator.identity.Role} has no tags; keyed by the unique id so a re-created role never inherits
 * its predecessor's tags.
 */
final class RoleTags {

    private final ConcurrentMap<String, List<Tag>> byRoleId = new ConcurrentHashMap<>();

    void put(String roleId, List<Tag> tags) {
        if (!tags.isEmpty()) {
            byRoleId.put(roleId, List.copyOf(tags));
        }
    }

    List<Tag> of(String roleId) {
        return byRoleId.getOrDefault(roleId, List.of());
    }

    void remove(String roleId) {
        byRoleId.remove(roleId);
    }
}
