package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.iam.StandardContextKeys;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers an operation's {@link AccessCheck}s: gathers the caller's identity policies from IAM state and the
 * resource's policy from the service (a role's trust policy for STS), builds the request context AWS would, asks the
 * policy engine and records the decision with its explanation.
 */
public final class Authorizer {

    private final IamState iam;
    private final PolicyEvaluator evaluator;
    private final DecisionLog log;
    private final MeterRegistry meters;

    public Authorizer(IamState iam, PolicyEvaluator evaluator, DecisionLog log, MeterRegistry meters) {
        this.iam = iam;
        this.evaluator = evaluator;
        this.log = log;
        this.meters = meters;
    }

    public Decision authorize(Call call, AccessCheck check, AwsService service) {
        Caller caller = call.caller();
        Principal principal = caller.principal();
        String resourceAccount = check.resourceAccount().isEmpty() && principal.accountId() != null
                ? principal.accountId() : check.resourceAccount();
        RequestContext context = StandardContextKeys.of(principal, call.region(), call.now(),
                        caller.sourceAccount(), caller.sourceArn())
                .put("aws:SourceIp", call.sourceIp())
                .put("aws:SecureTransport", "false")
                .build();
        AuthorizationRequest request = new AuthorizationRequest(principal, check.action(), check.resourceArn(),
                resourceAccount, context);
        // A role's trust policy is STS's resource policy; everywhere else it is the service's resource policy.
        // STS actions on no role (sts:DecodeAuthorizationMessage on "*") are plain identity-policy questions.
        boolean onRole = "sts".equals(service.signingName()) && !"*".equals(check.resourceArn());
        PolicyType resourceType = onRole ? PolicyType.TRUST : PolicyType.RESOURCE;
        NamedPolicy resourcePolicy = service.resourcePolicies().policyFor(check.resourceArn(), resourceAccount)
                .orElse(null);
        Decision decision = evaluator.evaluate(request, identityPolicies(principal), resourcePolicy, resourceType);
        log.record(call.now(), call.requestId(), service.signingName(), call.operation(), principal.arn(),
                check.action(), check.resourceArn(), decision.allowed(), decision.outcome().name(),
                decision.allowed() ? null : decision.accessDeniedMessage(), decision.explanation());
        Counter.builder("flowsim.decisions").description("IAM authorization decisions")
                .tag("outcome", decision.outcome().name()).tag("action", check.action())
                .register(meters).increment();
        return decision;
    }

    /** The identity-based policies of the caller: for role sessions, the role's inline policies as they are now. */
    private List<NamedPolicy> identityPolicies(Principal principal) {
        if (principal.roleArn() == null) {
            return List.of();
        }
        List<NamedPolicy> policies = new ArrayList<>();
        iam.roleByArn(principal.roleArn()).ifPresent(role -> {
            for (Map.Entry<String, Role.StoredPolicy> e : role.inlinePolicies().entrySet()) {
                policies.add(new NamedPolicy("role " + role.name() + " inline policy " + e.getKey(),
                        e.getValue().compiled()));
            }
        });
        return policies;
    }
}
