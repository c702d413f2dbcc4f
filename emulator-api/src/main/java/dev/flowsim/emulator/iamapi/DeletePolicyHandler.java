package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeletePolicy: only a policy attached to nothing and left with its default version alone may go, as in IAM. */
final class DeletePolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final PolicyLookup policies;
    private final RoleTags tags;

    DeletePolicyHandler(IamState iam, PolicyLookup policies, RoleTags tags) {
        this.iam = iam;
        this.policies = policies;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DeletePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:DeletePolicy", GetPolicyHandler.read(call.query())));
    }

    @Override
    public XmlElement handle(Call call) {
        String arn = GetPolicyHandler.read(call.query());
        return iam.atomically(() -> {
            ManagedPolicy policy = policies.require(arn);
            if (iam.attachments().attachmentCount(arn) > 0) {
                throw IamErrors.policyAttached();
            }
            if (policy.versions().size() > 1) {
                throw IamErrors.policyHasVersions();
            }
            iam.removePolicy(policy);
            tags.remove(policy.policyId());
            return null;
        });
    }
}
