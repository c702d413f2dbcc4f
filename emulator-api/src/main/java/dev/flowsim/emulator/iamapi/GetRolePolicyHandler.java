package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetRolePolicy: one inline policy, its document URL-encoded as IAM returns it. */
final class GetRolePolicyHandler implements OperationHandler<XmlElement> {

    private final RoleLookup roles;

    GetRolePolicyHandler(RoleLookup roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "GetRolePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        RolePolicyRef in = RolePolicyRef.read(call.query());
        return List.of(new AccessCheck("iam:GetRolePolicy", roles.authorizationArn(call.accountId(), in.roleName())));
    }

    @Override
    public XmlElement handle(Call call) {
        RolePolicyRef in = RolePolicyRef.read(call.query());
        Role role = roles.require(call.accountId(), in.roleName());
        Role.StoredPolicy policy = role.inlinePolicies().get(in.policyName());
        if (policy == null) {
            throw IamErrors.noSuchRolePolicy(in.policyName());
        }
        return XmlElement.of("GetRolePolicyResult")
                .add("RoleName", role.name())
                .add("PolicyName", in.policyName())
                .add("PolicyDocument", PolicyText.urlEncode(policy.text()));
    }
}
