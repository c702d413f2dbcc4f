package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * CreatePolicyVersion: a new version (at most five per policy); with SetAsDefault it is evaluated from the next
 * request on, for every role and user the policy is attached to.
 */
final class CreatePolicyVersionHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final PolicyLookup policies;

    CreatePolicyVersionHandler(IamState iam, PolicyLookup policies) {
        this.iam = iam;
        this.policies = policies;
    }

    private record Input(String policyArn, String document, boolean setAsDefault) {
    }

    @Override
    public String name() {
        return "CreatePolicyVersion";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("iam:CreatePolicyVersion", read(call.query()).policyArn));
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        ManagedPolicy existing = policies.require(in.policyArn);
        Role.StoredPolicy document = ManagedPolicyDocuments.compile(in.document);
        ManagedPolicy updated = iam.updatePolicy(existing, p -> {
            if (p.versions().size() >= ManagedPolicy.MAX_VERSIONS) {
                throw IamErrors.tooManyVersions();
            }
            return p.withVersion(document, call.now().truncatedTo(ChronoUnit.SECONDS), in.setAsDefault);
        }).orElseThrow(() -> IamErrors.noSuchPolicy(in.policyArn));
        ManagedPolicy.Version created = updated.versions().get(updated.versions().size() - 1);
        return XmlElement.of("CreatePolicyVersionResult")
                .add(IdentityXml.version("PolicyVersion", updated, created, false));
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String arn = IamShapes.policyArn(q, c);
        String document = IamShapes.policyDocument(q, "PolicyDocument", "policyDocument", c);
        String setAsDefault = q.get("SetAsDefault");
        c.throwIfViolated();
        return new Input(arn, document, "true".equalsIgnoreCase(setAsDefault));
    }
}
