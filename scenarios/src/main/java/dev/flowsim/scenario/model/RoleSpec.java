package dev.flowsim.scenario.model;

import java.util.List;

/** An IAM role with its trust policy and inline permission policies; {@code account} defaults to 000000000000. */
public record RoleSpec(String name, String account, PolicyRef trust, List<InlinePolicy> policies) {

    public RoleSpec {
        Checks.require(name != null && name.matches("[\\w+=,.@-]{1,64}"),
                "role 'name' is required: 1-64 of letters, digits and +=,.@_-");
        Checks.require(trust != null, "role '" + name + "' needs a 'trust' policy");
        if (account != null) {
            Checks.account(account, "account");
        }
        policies = Checks.list(policies);
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
