package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetPolicy: a managed policy's metadata (its documents are read with GetPolicyVersion). */
final class GetPolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final PolicyLookup policies;
    private final RoleTags tags;

    GetPolicyHandler(IamState iam, PolicyLookup policies, RoleTags tags) {
        this.iam = iam;
        this.policies = policies;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "GetPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:GetPolicy", read(call.query())));
    }

    @Override
    public XmlElement handle(Call call) {
        ManagedPolicy policy = policies.require(read(call.query()));
        return XmlElement.of("GetPolicyResult").add(IdentityXml.policy("Policy", policy,
                iam.attachments().attachmentCount(policy.arn()), tags.of(policy.policyId())));
    }

    static String read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String arn = IamShapes.policyArn(q, c);
        c.throwIfViolated();
        return arn;
    }
}
