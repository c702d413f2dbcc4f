package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyDocument;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.Statement;
import dev.flowsim.emulator.logs.store.ResourcePolicy;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource-based policy IAM evaluates for a CloudWatch Logs resource: the account-level resource policies of the
 * resource's account in the resource's region, taken together. AWS evaluates them as one set (any Allow grants, any
 * Deny wins), so they are combined into one policy whose statements keep their policy's name in the Sid
 * ({@code central/AllowB}, or {@code central/#2} without a Sid) so that explanations still say which policy decided.
 * The combination is built once per change and cached by the store's snapshot, never per request.
 */
public final class LogsResourcePolicies implements ResourcePolicySource {

    private final ResourcePolicyStore store;
    private final Map<String, Combined> cache = new ConcurrentHashMap<>();

    private record Combined(NavigableMap<String, ResourcePolicy> snapshot, NamedPolicy policy) {
    }

    public LogsResourcePolicies(ResourcePolicyStore store) {
        this.store = store;
    }

    @Override
    public Optional<NamedPolicy> policyFor(String resourceArn, String resourceAccount) {
        // arn:partition:logs:REGION:ACCOUNT:...
        String[] parts = resourceArn.split(":", 6);
        if (parts.length < 6 || !parts[2].equals("logs") || resourceAccount == null || resourceAccount.isEmpty()) {
            return Optional.empty();
        }
        String region = parts[3];
        NavigableMap<String, ResourcePolicy> snapshot = store.policies(resourceAccount, region);
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        String key = resourceAccount + "/" + region;
        Combined cached = cache.get(key);
        if (cached == null || cached.snapshot() != snapshot) {
            cached = new Combined(snapshot, combine(resourceAccount, region, snapshot));
            cache.put(key, cached);
        }
        return Optional.of(cached.policy());
    }

    static NamedPolicy combine(String account, String region, NavigableMap<String, ResourcePolicy> policies) {
        if (policies.size() == 1) {
            ResourcePolicy only = policies.firstEntry().getValue();
            return new NamedPolicy("CloudWatch Logs resource policy " + only.name(), only.document());
        }
        List<Statement> statements = new ArrayList<>();
        StringBuilder text = new StringBuilder("[");
        for (ResourcePolicy p : policies.values()) {
            for (Statement s : p.document().statements()) {
                statements.add(new Statement(statements.size(), p.name() + "/" + s.label().replace("'", ""),
                        s.effect(), s.principal(), s.actions(), s.resources(), s.conditions()));
            }
            text.append(text.length() > 1 ? "," : "").append(p.document().text());
        }
        PolicyDocument document = new PolicyDocument(PolicyKind.RESOURCE, PolicyDocument.CURRENT_VERSION, null,
                statements, text.append(']').toString());
        return new NamedPolicy("CloudWatch Logs resource policies " + String.join(", ", policies.keySet())
                + " of account " + account + " in " + region, document);
    }
}
