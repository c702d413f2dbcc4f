package dev.flowsim.emulator.iamapi;

import dev.flowsim.emulator.iamapi.simulation.SimulationInput;
import dev.flowsim.emulator.protocol.QueryParams;
import dev.flowsim.emulator.queryinput.InputConstraints;

import java.util.ArrayList;
import java.util.List;

/** Reads the members SimulateCustomPolicy and SimulatePrincipalPolicy share, with the model's constraints. */
final class SimulationQueryInput {

    private SimulationQueryInput() {
    }

    /**
     * @param ownPolicies the principal's own policies (SimulatePrincipalPolicy), placed before PolicyInputList
     */
    static SimulationInput read(QueryParams q, InputConstraints c, List<SimulationInput.SimulationPolicy> ownPolicies,
                                String defaultCallerArn, String defaultAccount) {
        List<SimulationInput.SimulationPolicy> policies = new ArrayList<>(ownPolicies);
        List<String> inputList = documents(q, "PolicyInputList", "policyInputList", c);
        for (int i = 0; i < inputList.size(); i++) {
            policies.add(new SimulationInput.SimulationPolicy("PolicyInputList." + (i + 1), null, inputList.get(i)));
        }
        List<String> boundaries = documents(q, "PermissionsBoundaryPolicyInputList",
                "permissionsBoundaryPolicyInputList", c);
        List<String> actions = q.members("ActionNames");
        for (int i = 0; i < actions.size(); i++) {
            c.text("actionNames." + (i + 1) + ".member", actions.get(i), 3, 128, null);
        }
        if (!q.has("ActionNames.member.1")) {
            c.required("actionNames", null);
        }
        List<String> resources = q.members("ResourceArns");
        for (int i = 0; i < resources.size(); i++) {
            c.text("resourceArns." + (i + 1) + ".member", resources.get(i), 1, 2048, null);
        }
        String resourcePolicy = q.get("ResourcePolicy");
        c.text("resourcePolicy", resourcePolicy, 1, IamShapes.MAX_POLICY_DOCUMENT, IamShapes.POLICY_DOCUMENT);
        String owner = q.get("ResourceOwner");
        c.text("resourceOwner", owner, 1, 2048, null);
        String caller = q.get("CallerArn");
        c.text("callerArn", caller, 1, 2048, null);
        String handling = q.get("ResourceHandlingOption");
        c.text("resourceHandlingOption", handling, 1, 64, null);
        Paging.Request paging = IamShapes.paging(q, c);
        List<SimulationInput.ContextEntry> context = new ArrayList<>();
        for (int i = 1; ; i++) {
            String base = "ContextEntries.member." + i + ".";
            String name = q.get(base + "ContextKeyName");
            String type = q.get(base + "ContextKeyType");
            List<String> values = q.members(base + "ContextKeyValues");
            if (name == null && type == null && values.isEmpty()) {
                break;
            }
            c.text("contextEntries." + i + ".member.contextKeyName", name, 5, 256, null);
            context.add(new SimulationInput.ContextEntry(name, values, type));
        }
        boolean maxItemsGiven = q.has("MaxItems");
        return new SimulationInput(policies, boundaries, actions, resources, resourcePolicy, owner,
                caller != null ? caller : defaultCallerArn, context, handling,
                maxItemsGiven ? paging.maxItems() : null, paging.marker(), defaultAccount);
    }

    private static List<String> documents(QueryParams q, String parameter, String member, InputConstraints c) {
        List<String> docs = q.members(parameter);
        for (int i = 0; i < docs.size(); i++) {
            c.text(member + "." + (i + 1) + ".member", docs.get(i), 1, IamShapes.MAX_POLICY_DOCUMENT,
                    IamShapes.POLICY_DOCUMENT);
        }
        return docs;
    }
}
