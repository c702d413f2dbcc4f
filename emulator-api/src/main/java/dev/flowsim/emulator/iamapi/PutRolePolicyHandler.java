package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.PolicyDocuments;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;

/**
 * PutRolePolicy: adds or replaces an inline permission policy. All inline policies of a role share one quota of
 * 10,240 characters, white space not counted.
 */
final class PutRolePolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final RoleLookup roles;

    PutRolePolicyHandler(IamState iam, RoleLookup roles) {
        this.iam = iam;
        this.roles = roles;
    }

    private record Input(String roleName, String policyName, String policyDocument) {
    }

    @Override
    public String name() {
        return "PutRolePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck("iam:PutRolePolicy", roles.authorizationArn(call.accountId(), in.roleName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        roles.require(account, in.roleName);
        Role.StoredPolicy policy = PolicyDocuments.compile(in.policyDocument, PolicyKind.IDENTITY);
        // The quota is checked inside the atomic update so two concurrent puts cannot overshoot it together.
        iam.updateRole(account, in.roleName, role -> {
            if (inlineSizeAfter(role, in.policyName, policy) > IamErrors.ROLE_INLINE_POLICY_QUOTA) {
                throw IamErrors.inlinePoliciesTooLarge(role.name());
            }
            return role.withInlinePolicy(in.policyName, policy);
        }).orElseThrow(() -> IamErrors.noSuchRole(in.roleName));
        return null;
    }

    /** The role's inline total once {@code replacement} is stored under {@code policyName}. */
    private static int inlineSizeAfter(Role role, String policyName, Role.StoredPolicy replacement) {
        int size = replacement.compiled().sizeWithoutWhitespace();
        for (Map.Entry<String, Role.StoredPolicy> e : role.inlinePolicies().entrySet()) {
            if (!e.getKey().equals(policyName)) {
                size += e.getValue().compiled().sizeWithoutWhitespace();
            }
        }
        return size;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String roleName = IamShapes.roleName(q, c);
        String policyName = IamShapes.policyName(q, c);
        String document = IamShapes.policyDocument(q, "PolicyDocument", "policyDocument", c);
        c.throwIfViolated();
        return new Input(roleName, policyName, document);
    }
}
