package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PermissionLimits;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.identity.Caller;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdentityPolicyCache;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.metrics.MeterCache;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;

/**
 * Answers an operation's {@link AccessCheck}s: gathers the caller's identity policies from IAM state and the
 * resource's policy from the service (a role's trust policy for STS), builds the request context AWS would, asks the
 * policy engine and records the decision with its explanation.
 */
public final class Authorizer {

    private final IdentityPolicyCache identityPolicies;
    private final PolicyEvaluator evaluator;
    private final DecisionLog log;
    private final MeterCache decisionCounters;

    public Authorizer(IamState iam, PolicyEvaluator evaluator, DecisionLog log, MeterRegistry meters) {
        this.identityPolicies = new IdentityPolicyCache(iam);
        this.evaluator = evaluator;
        this.log = log;
        this.decisionCounters = new MeterCache(meters, "flowsim.decisions", "IAM authorization decisions",
                "outcome", "action");
    }

    public Decision authorize(Call call, AccessCheck check, AwsService service) {
        Caller caller = call.caller();
        Principal principal = caller.principal();
        String resourceAccount = check.resourceAccount().isEmpty() && principal.accountId() != null
                ? principal.accountId() : check.resourceAccount();
        RequestContext context = RequestContexts.build(call, check, resourceAccount);
        AuthorizationRequest request = new AuthorizationRequest(principal, check.action(), check.resourceArn(),
                resourceAccount, context);
        // A role's trust policy is STS's resource policy; everywhere else it is the service's resource policy.
        // STS actions on no role (sts:DecodeAuthorizationMessage on "*") are plain identity-policy questions.
        boolean onRole = "sts".equals(service.signingName()) && !"*".equals(check.resourceArn());
        PolicyType resourceType = onRole ? PolicyType.TRUST : PolicyType.RESOURCE;
        NamedPolicy resourcePolicy = service.resourcePolicies().policyFor(check.resourceArn(), resourceAccount)
                .orElse(null);
        Decision decision = evaluator.evaluate(request, identityPolicies(principal), resourcePolicy, resourceType,
                limitsOf(caller));
        log.record(call.now(), call.requestId(), service.signingName(), call.operation(), decision);
        decisionCounters.counter(decision.outcome().name(), check.action()).increment();
        return decision;
    }

    /**
     * What narrows the caller's permissions: a role session's session policy. Permissions boundaries are not stored
     * by flowsim's IAM (it refuses them), so there is never one to pass.
     */
    private static PermissionLimits limitsOf(Caller caller) {
        return caller.session() == null || caller.session().sessionPolicy() == null
                ? PermissionLimits.NONE : PermissionLimits.sessionPolicy(caller.session().sessionPolicy());
    }

    /**
     * The identity-based policies of the caller (inline and attached managed, of roles and users), as they are now:
     * the cache serves them only while IAM state is unchanged.
     */
    private List<NamedPolicy> identityPolicies(Principal principal) {
        return identityPolicies.of(principal);
    }
}
