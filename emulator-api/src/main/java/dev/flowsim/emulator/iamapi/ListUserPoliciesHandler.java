package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** ListUserPolicies: the names of a user's inline policies in name order, paged by Marker and MaxItems. */
final class ListUserPoliciesHandler implements OperationHandler<XmlElement> {

    private final UserLookup users;

    ListUserPoliciesHandler(UserLookup users) {
        this.users = users;
    }

    private record Input(String userName, Paging.Request paging) {
    }

    @Override
    public String name() {
        return "ListUserPolicies";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck("iam:ListUserPolicies", users.authorizationArn(call.accountId(), in.userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        User user = users.require(call.accountId(), in.userName);
        List<String> names = user.inlinePolicies().keySet().stream().sorted().toList();
        Paging.Page<String> page = Paging.page(names, n -> n, in.paging);
        XmlElement result = XmlElement.of("ListUserPoliciesResult");
        XmlElement list = result.child("PolicyNames");
        page.items().forEach(n -> list.add("member", n));
        page.addTo(result);
        return result;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, true, 128);
        Paging.Request paging = IamShapes.paging(q, c);
        c.throwIfViolated();
        return new Input(userName, paging);
    }
}
