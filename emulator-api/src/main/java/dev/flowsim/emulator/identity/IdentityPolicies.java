package dev.flowsim.emulator.identity;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identity-based policies IAM evaluates for a caller, as they are now: for a role or role session, the role's
 * inline policies and the default versions of its attached managed policies; for an IAM user, the user's inline and
 * attached managed policies. Root and service principals have none.
 */
public final class IdentityPolicies {

    private IdentityPolicies() {
    }

    public static List<NamedPolicy> of(IamState iam, Principal principal) {
        List<NamedPolicy> policies = new ArrayList<>();
        if (principal.roleArn() != null) {
            iam.roleByArn(principal.roleArn()).ifPresent(role -> {
                addInline(policies, "role " + role.name(), role.inlinePolicies());
                addAttached(policies, iam, "role " + role.name(), role.arn());
            });
        } else if (principal.type() == PrincipalType.USER) {
            iam.userByArn(principal.arn()).ifPresent(user -> {
                addInline(policies, "user " + user.name(), user.inlinePolicies());
                addAttached(policies, iam, "user " + user.name(), user.arn());
            });
        }
        return policies;
    }

    private static void addInline(List<NamedPolicy> out, String owner, Map<String, Role.StoredPolicy> inline) {
        inline.forEach((name, policy) -> out.add(new NamedPolicy(owner + " inline policy " + name, policy.compiled())));
    }

    private static void addAttached(List<NamedPolicy> out, IamState iam, String owner, String entityArn) {
        for (String policyArn : iam.attachments().policiesOf(entityArn)) {
            iam.policyByArn(policyArn).ifPresent(p -> out.add(new NamedPolicy(
                    owner + " managed policy " + p.name() + " (" + p.defaultVersionId() + ")",
                    p.defaultVersion().document().compiled())));
        }
    }
}
