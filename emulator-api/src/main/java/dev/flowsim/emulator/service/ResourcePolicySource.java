package dev.flowsim.emulator.service;

import dev.flowsim.emulator.iam.NamedPolicy;

import java.util.Optional;

/**
 * Where a service keeps the resource-based policy for a resource ARN: a role's trust policy for STS, the account's
 * CloudWatch Logs resource policies for log groups. Services without resource policies use {@link #NONE}.
 */
public interface ResourcePolicySource {

    ResourcePolicySource NONE = (resourceArn, resourceAccount) -> Optional.empty();

    Optional<NamedPolicy> policyFor(String resourceArn, String resourceAccount);
}
