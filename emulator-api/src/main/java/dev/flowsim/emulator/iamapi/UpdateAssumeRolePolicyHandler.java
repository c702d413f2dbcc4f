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

/** UpdateAssumeRolePolicy: replaces a role's trust policy; the next AssumeRole is judged by the new one. */
final class UpdateAssumeRolePolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final RoleLookup roles;

    UpdateAssumeRolePolicyHandler(IamState iam, RoleLookup roles) {
        this.iam = iam;
        this.roles = roles;
    }

    private record Input(String roleName, String policyDocument) {
    }

    @Override
    public String name() {
        return "UpdateAssumeRolePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck("iam:UpdateAssumeRolePolicy",
                roles.authorizationArn(call.accountId(), in.roleName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        roles.require(call.accountId(), in.roleName);
        Role.StoredPolicy trust = PolicyDocuments.compile(in.policyDocument, PolicyKind.TRUST);
        TrustPrincipals.requireExistingRoles(trust.compiled(), iam);
        if (trust.compiled().sizeWithoutWhitespace() > IamErrors.TRUST_POLICY_QUOTA) {
            throw IamErrors.trustPolicyTooLarge();
        }
        iam.updateRole(call.accountId(), in.roleName, role -> role.withTrustPolicy(trust))
                .orElseThrow(() -> IamErrors.noSuchRole(in.roleName));
        return null;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String roleName = IamShapes.roleName(q, c);
        String document = IamShapes.policyDocument(q, "PolicyDocument", "policyDocument", c);
        c.throwIfViolated();
        return new Input(roleName, document);
    }
}
