package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * ListRolePolicies: the names of a role's inline policies in name order, paged by MaxItems (default 100). The
 * marker handed out is the name the next page starts at.
 */
final class ListRolePoliciesHandler implements OperationHandler<XmlElement> {

    static final int DEFAULT_MAX_ITEMS = 100;

    private final RoleLookup roles;

    ListRolePoliciesHandler(RoleLookup roles) {
        this.roles = roles;
    }

    private record Input(String roleName, String marker, int maxItems) {
    }

    @Override
    public String name() {
        return "ListRolePolicies";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck("iam:ListRolePolicies",
                roles.authorizationArn(call.accountId(), in.roleName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        Role role = roles.require(call.accountId(), in.roleName);
        List<String> names = role.inlinePolicies().keySet().stream().sorted()
                .filter(n -> in.marker == null || n.compareTo(in.marker) >= 0)
                .toList();
        boolean truncated = names.size() > in.maxItems;
        XmlElement result = XmlElement.of("ListRolePoliciesResult");
        XmlElement list = result.child("PolicyNames");
        names.stream().limit(in.maxItems).forEach(n -> list.add("member", n));
        result.add("IsTruncated", truncated);
        if (truncated) {
            result.add("Marker", names.get(in.maxItems));
        }
        return result;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String roleName = IamShapes.roleName(q, c);
        String marker = q.get("Marker");
        c.text("marker", marker, 1, 320, IamShapes.MARKER);
        Integer maxItems = c.integer("maxItems", q.get("MaxItems"), 1, 1000);
        c.throwIfViolated();
        return new Input(roleName, marker, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems);
    }
}
