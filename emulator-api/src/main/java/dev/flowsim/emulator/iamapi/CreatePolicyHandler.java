package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.ManagedPolicy;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.queryinput.Tag;
import dev.flowsim.emulator.queryinput.TagInput;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.queryinput.InputConstraints;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** CreatePolicy: a customer managed policy whose first version, v1, is its default. */
final class CreatePolicyHandler implements OperationHandler<XmlElement> {

    private final IamState iam;
    private final IdSource ids;
    private final RoleTags tags;

    CreatePolicyHandler(IamState iam, IdSource ids, RoleTags tags) {
        this.iam = iam;
        this.ids = ids;
        this.tags = tags;
    }

    private record Input(String policyName, String path, String document, String description, List<Tag> tags) {
    }

    @Override
    public String name() {
        return "CreatePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        Input in = read(call.query());
        String arn = ManagedPolicy.arn(call.accountId(), in.path, in.policyName);
        List<AccessCheck> checks = new ArrayList<>();
        checks.add(new AccessCheck("iam:CreatePolicy", arn));
        if (!in.tags.isEmpty()) {
            checks.add(new AccessCheck("iam:TagPolicy", arn));
        }
        return checks;
    }

    @Override
    public XmlElement handle(Call call) {
        Input in = read(call.query());
        if (TagInput.hasDuplicateKeys(in.tags)) {
            throw IamErrors.duplicateTagKeys();
        }
        Role.StoredPolicy document = ManagedPolicyDocuments.compile(in.document);
        String account = call.accountId();
        Instant now = call.now().truncatedTo(ChronoUnit.SECONDS);
        ManagedPolicy policy = new ManagedPolicy(account, in.policyName, in.path, ids.upperAlnum("ANPA", 17),
                ManagedPolicy.arn(account, in.path, in.policyName), in.description, now, now, "v1",
                List.of(new ManagedPolicy.Version("v1", document, now)), 2);
        if (!iam.addPolicy(policy)) {
            throw IamErrors.policyExists(in.policyName);
        }
        tags.put(policy.policyId(), in.tags);
        return XmlElement.of("CreatePolicyResult").add(IdentityXml.policy("Policy", policy, 0, in.tags));
    }

    private static Input read(QueryParams q) {
        InputConstraints c = new InputConstraints();
        String policyName = IamShapes.policyName(q, c);
        String path = q.get("Path");
        c.text("path", path, 1, 512, IamShapes.POLICY_PATH);
        String document = IamShapes.policyDocument(q, "PolicyDocument", "policyDocument", c);
        String description = q.get("Description");
        c.text("description", description, 0, 1000, null);
        List<Tag> tags = TagInput.read(q, "Tags", "tags", c);
        c.throwIfViolated();
        return new Input(policyName, path == null ? "/" : path, document, description, tags);
    }
}
