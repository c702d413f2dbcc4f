package dev.flowsim.emulator.iam;

/** STS rules that are not written in any policy. */
public final class StsRules {

    /** STS's AccessDenied text when the account root user calls AssumeRole. */
    public static final String ROOT_CANNOT_ASSUME_ROLES = "Roles may not be assumed by root accounts.";

    private StsRules() {
    }

    /** The account root user can never assume a role, whatever the trust policy says. */
    public static boolean mayAssumeRoles(Principal caller) {
        return caller.type() != PrincipalType.ROOT;
    }
}
