package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.iam.MalformedPolicyException;
import dev.flowsim.emulator.iam.PolicyDocument;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.logs.store.ResourcePolicy;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * PutResourcePolicy: creates or replaces an account-level resource policy of the caller's account in the region; at
 * most 10 names per account and region (replacing one is allowed at the limit). The document is compiled by the IAM
 * engine when stored and is evaluated from then on for every request on the account's log groups. Log-group-scoped
 * policies ({@code resourceArn}) are not emulated yet and are refused with a clear error.
 */
final class PutResourcePolicyHandler implements OperationHandler<ObjectNode> {

    private static final String NAME = "policyName";
    private static final String DOCUMENT = "policyDocument";

    private final ResourcePolicyStore policies;

    PutResourcePolicyHandler(ResourcePolicyStore policies) {
        this.policies = policies;
    }

    @Override
    public String name() {
        return "PutResourcePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:PutResourcePolicy",
                LogsArns.accountActionResource(call.region(), GroupReference.targetAccount(call))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String name = in.string(NAME);
        String text = in.string(DOCUMENT);
        String resourceArn = in.string("resourceArn");
        String expectedRevisionId = in.string("expectedRevisionId");
        CoralValidation v = new CoralValidation();
        // The model marks neither member required; AWS cannot store a policy without them ([U] for the wording).
        if (v.required(NAME, name)) {
            v.string(NAME, name, LogsShapes.POLICY_NAME);
        }
        if (v.required(DOCUMENT, text)) {
            v.string(DOCUMENT, text, LogsShapes.POLICY_DOCUMENT);
        }
        v.throwIfInvalid();
        ResourcePolicyScopes.refuseGroupScope(resourceArn, expectedRevisionId);
        PolicyDocument document;
        try {
            document = PolicyParser.parse(text, PolicyKind.RESOURCE);
        } catch (MalformedPolicyException e) {
            // AWS's wording for a malformed Logs resource policy is not recorded; IAM's own message is passed on.
            throw LogsErrors.invalidParameter(e.getMessage());
        }
        long now = call.now().toEpochMilli();
        ResourcePolicy policy = new ResourcePolicy(name, document, now);
        if (policies.put(GroupReference.targetAccount(call), call.region(), policy, LogsShapes.MAX_RESOURCE_POLICIES)
                == ResourcePolicyStore.PutOutcome.LIMIT_EXCEEDED) {
            throw LogsErrors.limitExceeded();
        }
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        result.set("resourcePolicy", ResourcePolicyScopes.render(policy));
        return result;
    }
}
