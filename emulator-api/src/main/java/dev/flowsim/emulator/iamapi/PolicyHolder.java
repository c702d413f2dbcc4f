package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.queryinput.InputConstraints;

/**
 * A role or a user as the target of managed-policy attachments: how requests name it, the ARN its calls are
 * authorized against, and IAM's quota name. Lets Attach/Detach/ListAttached share one implementation per verb.
 */
record PolicyHolder(String kind, String nameParameter, String member, int maxNameLength, String quota,
                    IamState iam) {

    static PolicyHolder roles(IamState iam) {
        return new PolicyHolder("Role", "RoleName", "roleName", 64, "PoliciesPerRole", iam);
    }

    static PolicyHolder users(IamState iam) {
        return new PolicyHolder("User", "UserName", "userName", 64, "PoliciesPerUser", iam);
    }

    /** e.g. {@code iam:AttachRolePolicy} for verb {@code Attach}. */
    String action(String verb) {
        return "iam:" + verb + kind + (verb.startsWith("List") ? "Policies" : "Policy");
    }

    String readName(QueryParams query, InputConstraints constraints) {
        String value = query.get(nameParameter);
        constraints.required(member, value).text(member, value, 1, maxNameLength, IamShapes.NAME);
        return value;
    }

    String authorizationArn(String accountId, String name) {
        return "Role".equals(kind)
                ? iam.role(accountId, name).map(Role::arn).orElseGet(() -> RoleLookup.arn(accountId, "/", name))
                : iam.user(accountId, name).map(User::arn).orElseGet(() -> User.arn(accountId, "/", name));
    }

    /** The existing entity's ARN, or IAM's NoSuchEntity for it. */
    String requireArn(String accountId, String name) {
        return "Role".equals(kind)
                ? iam.role(accountId, name).map(Role::arn).orElseThrow(() -> IamErrors.noSuchRole(name))
                : iam.user(accountId, name).map(User::arn).orElseThrow(() -> IamErrors.noSuchUser(name));
    }
}
