package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteRolePolicy: removes one inline policy; sessions of the role lose its grants on their next request. */
final class DeleteRolePolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final RoleLookup roles;

    DeleteRolePolicyHandler(IamState iam, RoleLookup roles) {
        this.iam = iam;
        this.roles = roles;
    }

    @Override
    public String name() {
        return "DeleteRolePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        RolePolicyRef in = RolePolicyRef.read(call.query());
        return List.of(new AccessCheck("iam:DeleteRolePolicy",
                roles.authorizationArn(call.accountId(), in.roleName())));
    }

    @Override
    public XmlElement handle(Call call) {
        RolePolicyRef in = RolePolicyRef.read(call.query());
        iam.updateRole(call.accountId(), in.roleName(), role -> {
            if (!role.inlinePolicies().containsKey(in.policyName())) {
                throw IamErrors.noSuchRolePolicy(in.policyName());
            }
            return role.withoutInlinePolicy(in.policyName());
        }).orElseThrow(() -> IamErrors.noSuchRole(in.roleName()));
        return null;
    }
}
