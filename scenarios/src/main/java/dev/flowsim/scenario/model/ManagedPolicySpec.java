package dev.flowsim.scenario.model;

/**
 * A customer managed policy (iam:CreatePolicy), attached to roles and users by name through their
 * {@code managedPolicies}.
 *
 * @param path   IAM path, default {@code /}; must start and end with {@code /}
 * @param region what {@code ${region}} stands for in the document (default: the scenario's region)
 */
public record ManagedPolicySpec(String name, String account, String region, String path, String description,
                                PolicyRef document) {

    public ManagedPolicySpec {
        Checks.require(name != null && name.matches("[\\w+=,.@-]{1,128}"),
                "managed policy 'name' is required: 1-128 of letters, digits and +=,.@_-");
        Checks.require(document != null, "managed policy '" + name + "' needs a 'document'");
        Checks.require(path == null || path.matches("/([\\x21-\\x7E&&[^/]]+/)*"),
                "path must start and end with '/', e.g. /delivery/");
        if (account != null) {
            Checks.account(account, "account");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
    }

    public String pathOrDefault() {
        return path == null ? "/" : path;
    }

    /** The ARN IAM gives the policy in {@code account}. */
    public String arnIn(String account) {
        return "arn:aws:iam::" + account + ":policy" + pathOrDefault() + name;
    }
}
