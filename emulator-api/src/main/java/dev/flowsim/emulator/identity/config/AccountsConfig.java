package dev.flowsim.emulator.identity.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The accounts section of a flowsim configuration: extra accounts with their root keys, IAM users (with access keys,
 * inline and attached policies), customer managed policies and roles. Plain records, read by Jackson, so the
 * scenario files of a later issue can embed the same section. Policy documents may be JSON objects or strings.
 */
public record AccountsConfig(List<Account> accounts) {

    public AccountsConfig {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public static AccountsConfig empty() {
        return new AccountsConfig(List.of());
    }

    /** One account; {@code id} is its 12-digit id. */
    public record Account(String id, List<Key> rootAccessKeys, List<ManagedPolicy> managedPolicies,
                          List<User> users, List<Role> roles) {

        public Account {
            rootAccessKeys = rootAccessKeys == null ? List.of() : List.copyOf(rootAccessKeys);
            managedPolicies = managedPolicies == null ? List.of() : List.copyOf(managedPolicies);
            users = users == null ? List.of() : List.copyOf(users);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** An access key pair. Its secret is never printed: {@link #toString()} leaves it out. */
    public record Key(String accessKeyId, String secretAccessKey) {

        @Override
        public String toString() {
            return "Key[" + accessKeyId + ", secret hidden]";
        }
    }

    /** A customer managed policy (version v1, the default); attach it by name or ARN. */
    public record ManagedPolicy(String name, String path, String description, JsonNode document) {
    }

    /** @param attachedPolicies names of this account's managed policies, or their ARNs */
    public record User(String name, String path, List<Key> accessKeys, Map<String, JsonNode> inlinePolicies,
                       List<String> attachedPolicies) {

        public User {
            accessKeys = accessKeys == null ? List.of() : List.copyOf(accessKeys);
            inlinePolicies = inlinePolicies == null ? Map.of() : Map.copyOf(inlinePolicies);
            attachedPolicies = attachedPolicies == null ? List.of() : List.copyOf(attachedPolicies);
        }
    }

    public record Role(String name, String path, String description, JsonNode trustPolicy,
                       Map<String, JsonNode> inlinePolicies, List<String> attachedPolicies) {

        public Role {
            inlinePolicies = inlinePolicies == null ? Map.of() : Map.copyOf(inlinePolicies);
            attachedPolicies = attachedPolicies == null ? List.of() : List.copyOf(attachedPolicies);
        }
    }
}
