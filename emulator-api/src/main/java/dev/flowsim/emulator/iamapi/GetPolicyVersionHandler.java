package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** GetPolicyVersion: one version with its document, URL-encoded as IAM returns documents. */
final class GetPolicyVersionHandler implements OperationHandler<XmlElement> {

    private final PolicyLookup policies;

    GetPolicyVersionHandler(PolicyLookup policies) {
        this.policies = policies;
    }

    @Override
    public String name() {
        return "GetPolicyVersion";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:GetPolicyVersion", PolicyVersionRef.read(call.query()).policyArn()));
    }

    @Override
    public XmlElement handle(Call call) {
        PolicyVersionRef in = PolicyVersionRef.read(call.query());
        ManagedPolicy policy = policies.require(in.policyArn());
        ManagedPolicy.Version version = policy.version(in.versionId())
                .orElseThrow(() -> IamErrors.noSuchPolicyVersion(in.policyArn(), in.versionId()));
        return XmlElement.of("GetPolicyVersionResult")
                .add(IdentityXml.version("PolicyVersion", policy, version, true));
    }
}
