package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.ResourcePolicy;
import dev.flowsim.emulator.protocol.JsonProtocol;

/** What the three resource-policy operations share: the account scope they support and how a policy is printed. */
final class ResourcePolicyScopes {

    static final String ACCOUNT = "ACCOUNT";
    static final String RESOURCE = "RESOURCE";

    private ResourcePolicyScopes() {
    }

    /** Log-group-scoped policies are a newer AWS feature flowsim does not emulate yet; say so rather than ignore. */
    static void refuseGroupScope(String resourceArn, String expectedRevisionId) {
        if (resourceArn != null || expectedRevisionId != null) {
            throw LogsErrors.invalidParameter("flowsim does not support log-group-scoped resource policies "
                    + "(resourceArn, expectedRevisionId) yet; only account-level policies are emulated.");
        }
    }

    /** The ResourcePolicy structure, members in model order. */
    static ObjectNode render(ResourcePolicy policy) {
        ObjectNode node = JsonProtocol.MAPPER.createObjectNode();
        node.put("policyName", policy.name());
        node.put("policyDocument", policy.document().text());
        node.put("lastUpdatedTime", policy.lastUpdatedTime());
        node.put("policyScope", ACCOUNT);
        return node;
    }
}
