package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DeleteRole: only a role without inline and attached policies may go, as in IAM. Sessions already issued stay valid until they
 * expire but are allowed nothing more, since their role's policies are gone.
 */
final class DeleteRoleHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final RoleLookup roles;
    private final RoleTags roleTags;

    DeleteRoleHandler(IamState iam, RoleLookup roles, RoleTags roleTags) {
        this.iam = iam;
        this.roles = roles;
        this.roleTags = roleTags;
    }

    @Override
    public String name() {
        return "DeleteRole";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String roleName = IamShapes.validRoleName(call.query());
        return List.of(new AccessCheck("iam:DeleteRole", roles.authorizationArn(call.accountId(), roleName)));
    }

    @Override
    public XmlElement handle(Call call) {
        String roleName = IamShapes.validRoleName(call.query());
        Role role = roles.require(call.accountId(), roleName);
        if (!role.inlinePolicies().isEmpty()) {
            throw IamErrors.roleHasInlinePolicies();
        }
        return iam.atomically(() -> {
            if (!iam.attachments().policiesOf(role.arn()).isEmpty()) {
                throw IamErrors.entityHasAttachedPolicies();
            }
            iam.removeRole(call.accountId(), roleName);
            roleTags.remove(role.roleId());
            return null;
        });
    }
}
