package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.Optional;

/**
 * STS's resource policies: the trust policy of the role an {@code sts:AssumeRole} names, read from IAM at the moment
 * of the call. A role that does not exist (or an ARN whose path does not match) has none, so the trust hop denies.
 */
public final class RoleTrustPolicies implements ResourcePolicySource {

    private final IamState iam;

    public RoleTrustPolicies(IamState iam) {
        this.iam = iam;
    }

    @Override
    public Optional<NamedPolicy> policyFor(String resourceArn, String resourceAccount) {
        return iam.roleByArn(resourceArn)
                .map(role -> new NamedPolicy("role " + role.name() + " trust policy", role.trustPolicy().compiled()));
    }
}
