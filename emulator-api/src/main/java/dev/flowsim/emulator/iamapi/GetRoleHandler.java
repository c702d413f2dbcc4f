package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetRole: the role with its URL-encoded trust policy. */
final class GetRoleHandler implements OperationHandler<XmlElement> {

    private final RoleLookup roles;
    private final RoleTags roleTags;

    GetRoleHandler(RoleLookup roles, RoleTags roleTags) {
        this.roles = roles;
        this.roleTags = roleTags;
    }

    @Override
    public String name() {
        return "GetRole";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String roleName = IamShapes.validRoleName(call.query());
        return List.of(new AccessCheck("iam:GetRole", roles.authorizationArn(call.accountId(), roleName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Role role = roles.require(call.accountId(), IamShapes.validRoleName(call.query()));
        XmlElement result = XmlElement.of("GetRoleResult");
        result.add(RoleXml.role(role, roleTags.of(role.roleId()), true));
        return result;
    }
}
