package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** DeleteResourcePolicy: removes an account-level policy by name; it stops counting for authorization at once. */
final class DeleteResourcePolicyHandler implements OperationHandler<ObjectNode> {

    private static final String NAME = "policyName";

    private final ResourcePolicyStore policies;

    DeleteResourcePolicyHandler(ResourcePolicyStore policies) {
        this.policies = policies;
    }

    @Override
    public String name() {
        return "DeleteResourcePolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DeleteResourcePolicy",
                LogsArns.accountActionResource(call.region(), GroupReference.targetAccount(call))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String name = in.string(NAME);
        String resourceArn = in.string("resourceArn");
        String expectedRevisionId = in.string("expectedRevisionId");
        CoralValidation v = new CoralValidation();
        if (v.required(NAME, name)) {
            v.string(NAME, name, LogsShapes.POLICY_NAME);
        }
        v.string("resourceArn", resourceArn, LogsShapes.RESOURCE_ARN).throwIfInvalid();
        ResourcePolicyScopes.refuseGroupScope(resourceArn, expectedRevisionId);
        if (!policies.delete(GroupReference.targetAccount(call), call.region(), name)) {
            throw LogsErrors.policyNotFound(name);
        }
        return null;
    }
}
