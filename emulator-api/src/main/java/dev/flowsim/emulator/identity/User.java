package dev.flowsim.emulator.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An IAM user: a long-term identity of one account, with inline policies (attached managed policies live in
 * {@link PolicyAttachments}, access keys in {@link AccessKeys}). Immutable: every change makes a new User.
 */
public record User(String accountId, String name, String path, String userId, String arn, Instant createDate,
                   Map<String, Role.StoredPolicy> inlinePolicies) {

    public User {
        inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    }

    /** IAM is global: user ARNs carry no region, and the path sits between {@code user} and the name. */
    public static String arn(String accountId, String path, String userName) {
        return "arn:aws:iam::" + accountId + ":user" + path + userName;
    }

    public User withInlinePolicy(String policyName, Role.StoredPolicy policy) {
        Map<String, Role.StoredPolicy> next = new LinkedHashMap<>(inlinePolicies);
        next.put(policyName, policy);
        return new User(accountId, name, path, userId, arn, createDate, next);
    }

    public User withoutInlinePolicy(String policyName) {
        Map<String, Role.StoredPolicy> next = new LinkedHashMap<>(inlinePolicies);
        next.remove(policyName);
        return new User(accountId, name, path, userId, arn, createDate, next);
    }
}
