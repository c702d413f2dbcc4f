package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteUserPolicy: removes one inline policy; its permissions end with the next request. */
final class DeleteUserPolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;

    DeleteUserPolicyHandler(IamState iam, UserLookup users) {
        this.iam = iam;
        this.users = users;
    }

    @Override
    public String name() {
        return "DeleteUserPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        UserPolicyRef in = UserPolicyRef.read(call.query());
        return List.of(new AccessCheck("iam:DeleteUserPolicy",
                users.authorizationArn(call.accountId(), in.userName())));
    }

    @Override
    public XmlElement handle(Call call) {
        UserPolicyRef in = UserPolicyRef.read(call.query());
        String account = call.accountId();
        users.require(account, in.userName());
        iam.updateUser(account, in.userName(), user -> {
            if (!user.inlinePolicies().containsKey(in.policyName())) {
                throw IamErrors.noSuchUserPolicy(user.name(), in.policyName());
            }
            return user.withoutInlinePolicy(in.policyName());
        }).orElseThrow(() -> IamErrors.noSuchUser(in.userName()));
        return null;
    }
}
