package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetUserPolicy: one inline user policy, its document URL-encoded as IAM returns it. */
final class GetUserPolicyHandler implements OperationHandler<XmlElement> {

    private final UserLookup users;

    GetUserPolicyHandler(UserLookup users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "GetUserPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        UserPolicyRef in = UserPolicyRef.read(call.query());
        return List.of(new AccessCheck("iam:GetUserPolicy", users.authorizationArn(call.accountId(), in.userName())));
    }

    @Override
    public XmlElement handle(Call call) {
        UserPolicyRef in = UserPolicyRef.read(call.query());
        User user = users.require(call.accountId(), in.userName());
        Role.StoredPolicy policy = user.inlinePolicies().get(in.policyName());
        if (policy == null) {
            throw IamErrors.noSuchUserPolicy(user.name(), in.policyName());
        }
        return XmlElement.of("GetUserPolicyResult")
                .add("UserName", user.name())
                .add("PolicyName", in.policyName())
                .add("PolicyDocument", PolicyText.urlEncode(policy.text()));
    }
}
