package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.identity.User;
import dev.flowsim.emulator.queryinput.PolicyDocuments;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;

/**
 * PutUserPolicy: adds or replaces an inline policy of a user. All inline policies of a user share one quota of
 * 2,048 characters, white space not counted.
 */
final class PutUserPolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final UserLookup users;

    PutUserPolicyHandler(IamState iam, UserLookup users) {
        this.iam = iam;
        this.users = users;
    }

    private record Input(String userName, String policyName, String policyDocument) {
    }

    @Override
    public String name() {
        return "PutUserPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        return List.of(new AccessCheck("iam:PutUserPolicy", users.authorizationArn(call.accountId(), in.userName)));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        String account = call.accountId();
        users.require(account, in.userName);
        Role.StoredPolicy policy = PolicyDocuments.compile(in.policyDocument, PolicyKind.IDENTITY);
        iam.updateUser(account, in.userName, user -> {
            if (inlineSizeAfter(user, in.policyName, policy) > IamErrors.USER_INLINE_POLICY_QUOTA) {
                throw IamErrors.userInlinePoliciesTooLarge(user.name());
            }
            return user.withInlinePolicy(in.policyName, policy);
        }).orElseThrow(() -> IamErrors.noSuchUser(in.userName));
        return null;
    }

    private static int inlineSizeAfter(User user, String policyName, Role.StoredPolicy replacement) {
        int size = replacement.compiled().sizeWithoutWhitespace();
        for (Map.Entry<String, Role.StoredPolicy> e : user.inlinePolicies().entrySet()) {
            if (!e.getKey().equals(policyName)) {
                size += e.getValue().compiled().sizeWithoutWhitespace();
            }
        }
        return size;
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String userName = IamShapes.userName(q, c, true, 128);
        String policyName = IamShapes.policyName(q, c);
        String document = IamShapes.policyDocument(q, "PolicyDocument", "policyDocument", c);
        c.throwIfViolated();
        return new Input(userName, policyName, document);
    }
}
