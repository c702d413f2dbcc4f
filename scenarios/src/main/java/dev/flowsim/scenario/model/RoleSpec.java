package dev.flowsim.scenario.model;

import java.util.List;

/**
 * An IAM role with its trust policy, inline permission policies and attached managed policies (a scenario's
 * {@code managedPolicies} by name, or an ARN); {@code account} defaults to 000000000000. Roles are global:
 * {@code region} only says what {@code ${region}} stands for in its policies (default: the scenario's region).
 */
public record RoleSpec(String name, String account, PolicyRef trust, List<InlinePolicy> policies, String region,
                       List<String> managedPolicies) {

    public RoleSpec {
        Checks.require(name != null && name.matches("[\\w+=,.@-]{1,64}"),
                "role 'name' is required: 1-64 of letters, digits and +=,.@_-");
        Checks.require(trust != null, "role '" + name + "' needs a 'trust' policy");
        if (account != null) {
            Checks.account(account, "account");
        }
        policies = Checks.list(policies);
        if (region != null) {
            Checks.region(region, "region");
        }
        managedPolicies = Checks.list(managedPolicies);
    }

    /** One inline policy of a role. */
    public record InlinePolicy(String name, PolicyRef document) {
        public InlinePolicy {
            Checks.require(name != null && name.matches("[\\w+=,.@-]{1,128}"),
                    "policy 'name' is required: 1-128 of letters, digits and +=,.@_-");
            Checks.require(document != null, "policy '" + name + "' needs a 'document'");
        }
    }
}
