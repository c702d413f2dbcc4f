package dev.flowsim.scenario.model;

/**
 * An extra account. The default account 000000000000 (root keys test/test) always exists; an extra account gets
 * root keys {@code FLOWSIM<id>} / {@code flowsim-<id>}, printed in the report so the CLI can be pointed at it.
 */
public record AccountSpec(String id) {

    public AccountSpec {
        Checks.require(id != null, "account 'id' is required");
        Checks.account(id, "id");
    }

    public static String accessKeyOf(String account) {
        return "FLOWSIM" + account;
    }

    public static String secretOf(String account) {
        return "flowsim-" + account;
    }
}
