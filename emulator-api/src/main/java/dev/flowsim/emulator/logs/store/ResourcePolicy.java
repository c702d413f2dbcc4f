package dev.flowsim.emulator.logs.store;

import dev.flowsim.emulator.iam.PolicyDocument;

import java.util.Objects;

/**
 * One account-level CloudWatch Logs resource policy, compiled once when stored.
 *
 * @param name            the policyName
 * @param document        the compiled policy; its text is what DescribeResourcePolicies returns
 * @param lastUpdatedTime epoch milliseconds of the last PutResourcePolicy
 */
public record ResourcePolicy(String name, PolicyDocument document, long lastUpdatedTime) {

    public ResourcePolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }
}
