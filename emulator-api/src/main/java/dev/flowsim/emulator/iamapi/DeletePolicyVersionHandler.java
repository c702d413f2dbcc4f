package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeletePolicyVersion: any version but the default one, which goes only with the policy. */
final class DeletePolicyVersionHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final PolicyLookup policies;

    DeletePolicyVersionHandler(IamState iam, PolicyLookup policies) {
        this.iam = iam;
        this.policies = policies;
    }

    @Override
    public String name() {
        return "DeletePolicyVersion";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:DeletePolicyVersion", PolicyVersionRef.read(call.query()).policyArn()));
    }

    @Override
    public XmlElement handle(Call call) {
        PolicyVersionRef in = PolicyVersionRef.read(call.query());
        ManagedPolicy policy = policies.require(in.policyArn());
        iam.updatePolicy(policy, p -> {
            if (p.version(in.versionId()).isEmpty()) {
                throw IamErrors.noSuchPolicyVersion(in.policyArn(), in.versionId());
            }
            if (p.defaultVersionId().equals(in.versionId())) {
                throw IamErrors.deleteDefaultVersion();
            }
            return p.withoutVersion(in.versionId());
        }).orElseThrow(() -> IamErrors.noSuchPolicy(in.policyArn()));
        return null;
    }
}
