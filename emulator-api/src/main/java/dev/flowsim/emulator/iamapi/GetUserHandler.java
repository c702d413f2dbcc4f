package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetUser: the named user, or the calling user when no name is given. */
final class GetUserHandler implements OperationHandler<XmlElement> {

    private final UserLookup users;
    private final RoleTags tags;

    GetUserHandler(UserLookup users, RoleTags tags) {
        this.users = users;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "GetUser";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String userName = users.nameOrCaller(call, read(call.query()));
        return List.of(new AccessCheck("iam:GetUser", users.authorizationArn(call.accountId(), userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        User user = users.require(call.accountId(), users.nameOrCaller(call, read(call.query())));
        return XmlElement.of("GetUserResult").add(IdentityXml.user("User", user, tags.of(user.userId())));
    }

    private static String read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, false, 128);
        c.throwIfViolated();
        return userName;
    }
}
