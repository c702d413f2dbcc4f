package dev.flowsim.emulator.iamapi.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.iam.Arn;
import dev.flowsim.emulator.iam.ConditionClause;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.MalformedPolicyException;
import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.Outcome;
import dev.flowsim.emulator.iam.PolicyDocument;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyKind;
import dev.flowsim.emulator.iam.PolicyParser;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.PrincipalType;
import dev.flowsim.emulator.iam.RequestContext;
import dev.flowsim.emulator.iam.Statement;
import dev.flowsim.emulator.iam.StatementMatch;
import dev.flowsim.emulator.iam.AuthorizationRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IAM policy simulator, shared by SimulateCustomPolicy, SimulatePrincipalPolicy and the offline
 * {@code flowsim policy simulate}: parses the input policies, evaluates every action on every resource with the
 * same engine that authorizes requests, and reports AWS's EvaluationResults with flowsim's explanation.
 *
 * <p>Permissions boundaries are evaluated here, on top of the engine: an explicit deny in a boundary denies, and an
 * allowed request stays allowed only if a boundary allows it too. A ResourcePolicy without any Resource/NotResource
 * element is a role trust policy (flowsim's extension), evaluated as STS does for {@code sts:AssumeRole}.
 */
public final class PolicySimulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE_POLICY_ID = "ResourcePolicy";
    /** [U] AWS documents MaxItems as optional without its default here; IAM lists use 100. */
    private static final int DEFAULT_MAX_ITEMS = 100;

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    private record Parsed(NamedPolicy named, SimulationInput.SimulationPolicy source,
                          List<SimulationResult.Position[]> positions) {
    }

    public SimulationResult simulate(SimulationInput input) {
        if (input.actionNames().isEmpty()) {
            throw new AwsException("InvalidInput", "ActionNames must contain at least one action.", 400);
        }
        if (input.resourceHandlingOption() != null) {
            throw new AwsException("InvalidInput", "flowsim does not simulate ResourceHandlingOption scenarios (EC2 "
                    + "RunInstances): leave ResourceHandlingOption out.", 400);
        }
        if (input.resourcePolicy() != null && input.callerArn() == null) {
            throw new AwsException("InvalidInput", "CallerArn must be specified when a ResourcePolicy is provided.",
                    400);
        }
        Map<String, Parsed> byName = new LinkedHashMap<>();
        List<NamedPolicy> identity = new ArrayList<>();
        for (SimulationInput.SimulationPolicy p : input.identityPolicies()) {
            identity.add(parse(p, PolicyKind.IDENTITY, byName).named());
        }
        List<NamedPolicy> boundaries = new ArrayList<>();
        for (int i = 0; i < input.boundaryPolicies().size(); i++) {
            boundaries.add(parse(new SimulationInput.SimulationPolicy("PermissionsBoundaryPolicyInputList." + (i + 1),
                    "none", input.boundaryPolicies().get(i)), PolicyKind.IDENTITY, byName).named());
        }
        boolean trust = input.resourcePolicy() != null && isTrustPolicy(input.resourcePolicy());
        NamedPolicy resourcePolicy = input.resourcePolicy() == null ? null
                : parse(new SimulationInput.SimulationPolicy(RESOURCE_POLICY_ID, "resource", input.resourcePolicy()),
                        trust ? PolicyKind.TRUST : PolicyKind.RESOURCE, byName).named();

        String ownerAccount = input.resourceOwner() == null ? null : accountOf(input.resourceOwner());
        Principal caller = SimulationCaller.of(input.callerArn(),
                ownerAccount != null ? ownerAccount : input.defaultAccount());
        RequestContext context = SimulationContext.of(input.contextEntries());
        boolean perResource = !input.resourceArns().isEmpty();
        List<String> resources = perResource ? input.resourceArns() : List.of("*");

        List<SimulationResult.Evaluation> all = new ArrayList<>();
        for (String action : input.actionNames()) {
            for (String resource : resources) {
                String account = resourceAccount(resource, ownerAccount, caller, input, resourcePolicy != null);
                AuthorizationRequest request = new AuthorizationRequest(caller, action, resource, account, context);
                all.add(evaluate(request, identity, boundaries, resourcePolicy, trust, byName, perResource));
            }
        }
        return page(all, input.maxItems(), input.marker());
    }

    private SimulationResult.Evaluation evaluate(AuthorizationRequest request, List<NamedPolicy> identity,
                                                 List<NamedPolicy> boundaries, NamedPolicy resourcePolicy,
                                                 boolean trust, Map<String, Parsed> byName, boolean perResource) {
        Decision decision = evaluator.evaluate(request, identity, resourcePolicy,
                trust ? PolicyType.TRUST : PolicyType.RESOURCE);
        String verdict = decisionName(decision.outcome());
        List<StatementMatch> matched = decision.matched();
        String explanation = decision.explanation();
        Boolean allowedByBoundary = null;
        if (!boundaries.isEmpty() && hasIdentityPolicies(request.principal())) {
            Decision boundary = evaluator.evaluate(new AuthorizationRequest(request.principal(), request.action(),
                    request.resourceArn(), request.principal().accountId(), request.context()),
                    boundaries, null, PolicyType.RESOURCE);
            allowedByBoundary = boundary.allowed();
            if (boundary.outcome() == Outcome.EXPLICIT_DENY) {
                verdict = "explicitDeny";
                matched = boundary.matched();
                explanation = "Denied by the permissions boundary: " + boundary.explanation();
            } else if (decision.allowed() && !boundary.allowed()) {
                verdict = "implicitDeny";
                matched = List.of();
                explanation = "The policies allow " + request.action() + ", but no permissions boundary policy "
                        + "does, and a boundary caps what identity policies grant. Fix: add " + request.action()
                        + " on " + request.resourceArn() + " to a boundary policy.";
            }
        }
        List<SimulationResult.Matched> statements = matched.stream().map(m -> locate(m, byName)).toList();
        List<String> missing = missingKeys(request, identity, boundaries, resourcePolicy);
        List<SimulationResult.ResourceSpecific> specific = perResource
                ? List.of(new SimulationResult.ResourceSpecific(request.resourceArn(), verdict, statements, missing,
                        allowedByBoundary))
                : List.of();
        return new SimulationResult.Evaluation(request.action(), request.resourceArn(), verdict, statements,
                missing, allowedByBoundary, specific, explanation);
    }

    private static boolean hasIdentityPolicies(Principal principal) {
        return principal.type() != PrincipalType.SERVICE && principal.type() != PrincipalType.ROOT;
    }

    private static String decisionName(Outcome outcome) {
        return switch (outcome) {
            case ALLOWED -> "allowed";
            case EXPLICIT_DENY -> "explicitDeny";
            case IMPLICIT_DENY -> "implicitDeny";
        };
    }

    /**
     * Without a resource policy only identity policies can decide, so the resource counts as the caller's own; with
     * one, the resource's account comes from its ARN, else ResourceOwner, else the caller's account.
     */
    private static String resourceAccount(String resource, String ownerAccount, Principal caller,
                                          SimulationInput input, boolean withResourcePolicy) {
        String callerAccount = caller.accountId() != null ? caller.accountId() : input.defaultAccount();
        if (!withResourcePolicy) {
            return callerAccount;
        }
        String fromArn = Arn.parse(resource).map(Arn::account).orElse("");
        if (!fromArn.isEmpty()) {
            return fromArn;
        }
        return ownerAccount != null ? ownerAccount : callerAccount;
    }

    /** ResourceOwner is an account ARN ({@code arn:aws:iam::123456789012:root}) or, leniently, a bare account id. */
    private static String accountOf(String resourceOwner) {
        if (resourceOwner.matches("\\d{12}")) {
            return resourceOwner;
        }
        return Arn.parse(resourceOwner).map(Arn::account).filter(a -> a.matches("\\d{12}"))
                .orElseThrow(() -> new AwsException("InvalidInput", "Invalid ResourceOwner: " + resourceOwner
                        + ". Give the account as arn:aws:iam::ACCOUNT-ID:root.", 400));
    }

    private static Parsed parse(SimulationInput.SimulationPolicy source, PolicyKind kind, Map<String, Parsed> byName) {
        PolicyDocument document;
        try {
            document = PolicyParser.parse(source.text(), kind);
        } catch (MalformedPolicyException e) {
            throw new AwsException(e.errorCode(), e.getMessage(), 400);
        }
        String name = source.sourcePolicyId();
        for (int n = 2; byName.containsKey(name); n++) {
            name = source.sourcePolicyId() + " (" + n + ")";
        }
        Parsed parsed = new Parsed(new NamedPolicy(name, document), source, StatementPositions.of(source.text()));
        byName.put(name, parsed);
        return parsed;
    }

    /** A resource policy that names no resource in any statement is a trust policy: its resource is the role. */
    private static boolean isTrustPolicy(String text) {
        try {
            JsonNode statements = JSON.readTree(text).path("Statement");
            List<JsonNode> list = new ArrayList<>();
            if (statements.isArray()) {
                statements.forEach(list::add);
            } else {
                list.add(statements);
            }
            return list.stream().noneMatch(s -> s.has("Resource") || s.has("NotResource"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static SimulationResult.Matched locate(StatementMatch match, Map<String, Parsed> byName) {
        Parsed parsed = byName.get(match.policyName());
        SimulationResult.Position[] where = parsed != null && match.index() < parsed.positions().size()
                ? parsed.positions().get(match.index()) : new SimulationResult.Position[] {null, null};
        String id = parsed == null ? match.policyName() : parsed.source().sourcePolicyId();
        String type = parsed == null ? null : parsed.source().sourcePolicyType();
        return new SimulationResult.Matched(id, "none".equals(type) ? null : type, where[0], where[1]);
    }

    /** Condition keys of the statements that name the action, which the context does not carry. */
    private static List<String> missingKeys(AuthorizationRequest request, List<NamedPolicy> identity,
                                            List<NamedPolicy> boundaries, NamedPolicy resourcePolicy) {
        Set<String> missing = new LinkedHashSet<>();
        List<NamedPolicy> all = new ArrayList<>(identity);
        all.addAll(boundaries);
        if (resourcePolicy != null) {
            all.add(resourcePolicy);
        }
        for (NamedPolicy policy : all) {
            for (Statement statement : policy.document().statements()) {
                if (!statement.actions().covers(request.action())) {
                    continue;
                }
                for (ConditionClause clause : statement.conditions()) {
                    if (!request.context().contains(clause.key())) {
                        missing.add(clause.key());
                    }
                }
            }
        }
        return List.copyOf(missing);
    }

    private static SimulationResult page(List<SimulationResult.Evaluation> all, Integer maxItems, String marker) {
        int from = 0;
        if (marker != null) {
            try {
                from = Integer.parseInt(new String(java.util.Base64.getDecoder().decode(marker),
                        java.nio.charset.StandardCharsets.UTF_8).replace("sim:", ""));
            } catch (IllegalArgumentException e) {
                throw new AwsException("InvalidInput", "Invalid Marker.", 400);
            }
            if (from < 0 || from > all.size()) {
                throw new AwsException("InvalidInput", "Invalid Marker.", 400);
            }
        }
        int to = Math.min(all.size(), from + (maxItems == null ? DEFAULT_MAX_ITEMS : maxItems));
        boolean truncated = to < all.size();
        String next = truncated ? java.util.Base64.getEncoder().encodeToString(("sim:" + to)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
        return new SimulationResult(all.subList(from, to), truncated, next);
    }
}
