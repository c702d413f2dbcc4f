package dev.flowsim.scenario.model;

import java.util.List;

/**
 * An IAM user: inline policies, managed policies attached by name or ARN, and access keys (CreateAccessKey) the
 * runner signs with when something is done "as" the user (a flow log's {@code createdBy}).
 *
 * @param region     what {@code ${region}} stands for in its policies (default: the scenario's region)
 * @param accessKeys how many keys to create, 0..2 (AWS allows two per user); default 1
 */
public record UserSpec(String name, String account, String region, List<RoleSpec.InlinePolicy> policies,
                       List<String> managedPolicies, Integer accessKeys) {

    public UserSpec {
        Checks.require(name != null && name.matches("[\\w+=,.@-]{1,64}"),
                "user 'name' is required: 1-64 of letters, digits and +=,.@_-");
        if (account != null) {
            Checks.account(account, "account");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
        Checks.require(accessKeys == null || (accessKeys >= 0 && accessKeys <= 2),
                "accessKeys must be 0, 1 or 2 (AWS allows two access keys per user)");
        policies = Checks.list(policies);
        managedPolicies = Checks.list(managedPolicies);
    }

    public int accessKeysOrDefault() {
        return accessKeys == null ? 1 : accessKeys;
    }
}
