package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.PolicyDocument;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An IAM role: its trust policy (who may assume it) and its inline permission policies (what its sessions may do).
 * Policies are kept both as the text the user sent (IAM returns it URL-encoded) and compiled for evaluation.
 * Immutable: every change makes a new Role, so a running evaluation never sees half an edit.
 */
public record Role(String accountId, String name, String path, String roleId, String arn, Instant createDate,
                   String description, int maxSessionDurationSeconds, StoredPolicy trustPolicy,
                   Map<String, StoredPolicy> inlinePolicies) {

    public Role {
        inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    }

    /** A policy document as sent and as compiled. */
    public record StoredPolicy(String text, PolicyDocument compiled) {
    }

    public Role withInlinePolicy(String policyName, StoredPolicy policy) {
        Map<String, StoredPolicy> next = new LinkedHashMap<>(inlinePolicies);
        next.put(policyName, policy);
        return new Role(accountId, name, path, roleId, arn, createDate, description, maxSessionDurationSeconds,
                trustPolicy, next);
    }

    public Role withoutInlinePolicy(String policyName) {
        Map<String, StoredPolicy> next = new LinkedHashMap<>(inlinePolicies);
        next.remove(policyName);
        return new Role(accountId, name, path, roleId, arn, createDate, description, maxSessionDurationSeconds,
                trustPolicy, next);
    }

    public Role withTrustPolicy(StoredPolicy policy) {
        return new Role(accountId, name, path, roleId, arn, createDate, description, maxSessionDurationSeconds,
                policy, inlinePolicies);
    }
}
