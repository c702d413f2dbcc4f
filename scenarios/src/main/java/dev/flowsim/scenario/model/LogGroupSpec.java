package dev.flowsim.scenario.model;

/** A CloudWatch Logs log group; account and region default to the scenario's. */
public record LogGroupSpec(String name, String account, String region) {

    public LogGroupSpec {
        Checks.require(name != null && name.matches("[.\\-_/#A-Za-z0-9]{1,512}"),
                "log group 'name' is required: 1-512 of letters, digits and ._-/#");
        if (account != null) {
            Checks.account(account, "account");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
    }
}
