package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteUser: only a user without access keys, inline policies and attached policies may go, as in IAM. */
final class DeleteUserHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;
    private final RoleTags tags;

    DeleteUserHandler(IamState iam, UserLookup users, RoleTags tags) {
        this.iam = iam;
        this.users = users;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DeleteUser";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:DeleteUser", users.authorizationArn(call.accountId(), read(call.query()))));
    }

    @Override
    public XmlElement handle(Call call) {
        String userName = read(call.query());
        String account = call.accountId();
        return iam.atomically(() -> {
            User user = users.require(account, userName);
            if (!iam.accessKeys(account, user.name()).isEmpty()) {
                throw IamErrors.userHasAccessKeys();
            }
            if (!user.inlinePolicies().isEmpty()) {
                throw IamErrors.roleHasInlinePolicies();
            }
            if (!iam.attachments().policiesOf(user.arn()).isEmpty()) {
                throw IamErrors.entityHasAttachedPolicies();
            }
            iam.removeUser(account, userName);
            tags.remove(user.userId());
            return null;
        });
    }

    private static String read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, true, 128);
        c.throwIfViolated();
        return userName;
    }
}
