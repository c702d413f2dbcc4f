package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** ListRoles: the account's roles by name whose path starts with PathPrefix, paged by Marker and MaxItems. */
final class ListRolesHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    ListRolesHandler(IamState iam) {
        this.iam = iam;
    }

    private record Input(String pathPrefix, Paging.Request paging) {
    }

    @Override
    public String name() {
        return "ListRoles";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        read(call.query());
        return List.of(new AccessCheck("iam:ListRoles", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        List<Role> roles = iam.roles(call.accountId()).stream()
                .filter(r -> r.path().startsWith(in.pathPrefix)).toList();
        Paging.Page<Role> page = Paging.page(roles, Role::name, in.paging);
        XmlElement result = XmlElement.of("ListRolesResult");
        XmlElement list = result.child("Roles");
        // ListRoles leaves out tags and RoleLastUsed, as IAM does; the element name of each entry is member.
        page.items().forEach(r -> list.add(renamed(RoleXml.role(r, List.of(), false))));
        page.addTo(result);
        return result;
    }

    private static XmlElement renamed(XmlElement role) {
        XmlElement member = XmlElement.of("member");
        role.children().forEach(member::add);
        return member;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String prefix = q.get("PathPrefix");
        c.text("pathPrefix", prefix, 1, 512, IamShapes.PATH_PREFIX);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(prefix == null ? "/" : prefix, paging);
    }
}
