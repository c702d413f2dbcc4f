package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.ResourcePolicy;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * DescribeResourcePolicies: the account-level policies of the caller's account in the region, sorted by name, paged.
 * Asking for log-group-scoped policies ({@code policyScope} RESOURCE or a {@code resourceArn}) finds none, because
 * flowsim never stores any (PutResourcePolicy refuses them).
 */
final class DescribeResourcePoliciesHandler implements OperationHandler<ObjectNode> {

    private final ResourcePolicyStore policies;

    DescribeResourcePoliciesHandler(ResourcePolicyStore policies) {
        this.policies = policies;
    }

    @Override
    public String name() {
        return "DescribeResourcePolicies";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DescribeResourcePolicies",
                LogsArns.accountActionResource(call.region(), GroupReference.targetAccount(call))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        String resourceArn = in.string("resourceArn");
        String scope = in.string("policyScope");
        new CoralValidation()
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.DESCRIBE_LIMIT_MAX)
                .string("resourceArn", resourceArn, LogsShapes.RESOURCE_ARN)
                .oneOf("policyScope", scope, List.of(ResourcePolicyScopes.ACCOUNT, ResourcePolicyScopes.RESOURCE))
                .throwIfInvalid();

        NavigableMap<String, ResourcePolicy> all = policies.policies(GroupReference.targetAccount(call), call.region());
        if (resourceArn != null || ResourcePolicyScopes.RESOURCE.equals(scope)) {
            all = java.util.Collections.emptyNavigableMap();
        }
        if (nextToken != null) {
            all = all.tailMap(PageTokens.decode(name(), nextToken, 1).get(0), false);
        }
        int pageSize = limit == null ? LogsShapes.DESCRIBE_LIMIT_MAX : limit;
        List<ResourcePolicy> page = new ArrayList<>(all.values()).subList(0, Math.min(pageSize, all.size()));
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode out = result.putArray("resourcePolicies");
        page.forEach(p -> out.add(ResourcePolicyScopes.render(p)));
        if (all.size() > page.size()) {
            result.put("nextToken", PageTokens.encode(name(), List.of(page.get(page.size() - 1).name())));
        }
        return result;
    }
}
