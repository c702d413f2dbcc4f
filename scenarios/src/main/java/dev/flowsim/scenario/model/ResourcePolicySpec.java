package dev.flowsim.scenario.model;

/**
 * A CloudWatch Logs resource policy (PutResourcePolicy) in place before the flow logs are created; account and
 * region default to the scenario's. It is what lets another account's delivery role write into this account's log
 * groups (flowsim's cross-account delivery [U]). {@code ${account}} and {@code ${region}} in the document stand for
 * the policy's own account and region.
 */
public record ResourcePolicySpec(String name, String account, String region, PolicyRef document) {

    public ResourcePolicySpec {
        Checks.require(name != null && name.matches("[\\w+=,.@\\-/ ]{1,255}"),
                "resource policy 'name' is required: 1-255 characters");
        Checks.require(document != null, "resource policy '" + name + "' needs a 'document'");
        if (account != null) {
            Checks.account(account, "account");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
    }
}
