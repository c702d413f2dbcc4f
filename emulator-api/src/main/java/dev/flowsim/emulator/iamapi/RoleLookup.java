package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;

/** Finds the role an IAM request names, and the ARN IAM authorizes that request against. */
final class RoleLookup {

    private final IamState iam;

    RoleLookup(IamState iam) {
        this.iam = iam;
    }

    /** IAM is global: role ARNs carry no region, and the path sits between {@code role} and the name. */
    static String arn(String accountId, String path, String roleName) {
        return "arn:aws:iam::" + accountId + ":role" + path + roleName;
    }

    /**
     * The ARN to authorize against: the existing role's own ARN (with its path), or the default-path ARN of the
     * name when there is no such role, so a missing role is still authorized before it is reported missing.
     */
    String authorizationArn(String accountId, String roleName) {
        return iam.role(accountId, roleName).map(Role::arn).orElseGet(() -> arn(accountId, "/", roleName));
    }

    Role require(String accountId, String roleName) {
        return iam.role(accountId, roleName).orElseThrow(() -> IamErrors.noSuchRole(roleName));
    }
}
