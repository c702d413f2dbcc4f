package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IAM's decision procedure (reference 4.1 and 4.5): an explicit Deny in any policy wins; within one account an
 * identity Allow or a resource-policy Allow naming the caller suffices; a resource policy naming only the account
 * delegates to the account's identity policies; role trust policies must always allow; across accounts both sides
 * must allow; service principals are let in only by resource or trust policies; the root user may do anything in its
 * own account. Session policies and permissions boundaries ({@link PermissionLimits}) narrow identity grants and
 * resource grants made to the role ARN. Stateless and thread-safe; policies arrive compiled, nothing is parsed here.
 */
public final class PolicyEvaluator {

    public Decision evaluate(AuthorizationRequest request, List<NamedPolicy> identityPolicies,
                             NamedPolicy resourcePolicy, PolicyType resourcePolicyType) {
        return evaluate(request, identityPolicies, resourcePolicy, resourcePolicyType, PermissionLimits.NONE);
    }

    public Decision evaluate(AuthorizationRequest request, List<NamedPolicy> identityPolicies,
                             NamedPolicy resourcePolicy, PolicyType resourcePolicyType, PermissionLimits limits) {
        Objects.requireNonNull(request, "request");
        List<NamedPolicy> identity = identityPolicies == null ? List.of() : List.copyOf(identityPolicies);
        PermissionLimits bounds = limits == null ? PermissionLimits.NONE : limits;
        if (resourcePolicyType != PolicyType.RESOURCE && resourcePolicyType != PolicyType.TRUST) {
            throw new IllegalArgumentException("resourcePolicyType must be RESOURCE or TRUST: " + resourcePolicyType);
        }
        Principal caller = request.principal();
        boolean trust = resourcePolicyType == PolicyType.TRUST;
        if (trust && !StsRules.mayAssumeRoles(caller)) {
            return rootCannotAssumeRoles(request);
        }
        NamedPolicy session = sessionPolicyOf(bounds, caller);
        NamedPolicy boundary = boundaryOf(bounds, caller);
        PolicyKind resourceKind = trust ? PolicyKind.TRUST : PolicyKind.RESOURCE;
        // First only the statements that count (an applying statement, or a Deny failing closed): every other
        // statement adds nothing to the outcome, so the decision is made without a check object per statement.
        List<StatementCheck> identityCounting = checkIdentity(request, identity, true);
        List<StatementCheck> resourceCounting = resourcePolicy == null ? List.of()
                : checkPolicy(request, resourcePolicy, resourcePolicyType, resourceKind, true);
        List<StatementCheck> sessionCounting = session == null ? List.of()
                : checkPolicy(request, session, PolicyType.SESSION, PolicyKind.SESSION, true);
        List<StatementCheck> boundaryCounting = boundary == null ? List.of()
                : checkPolicy(request, boundary, PolicyType.PERMISSIONS_BOUNDARY, PolicyKind.IDENTITY, true);

        Grants grants = new Grants(caller, identityCounting, resourceCounting, sessionCounting, boundaryCounting,
                hasStatements(session), hasStatements(boundary));
        List<StatementCheck> denies = new ArrayList<>(0);
        List<StatementCheck> allows = new ArrayList<>(1);
        for (List<StatementCheck> checks
                : List.of(identityCounting, resourceCounting, sessionCounting, boundaryCounting)) {
            for (StatementCheck check : checks) {
                if (check.denies()) {
                    denies.add(check);
                } else if (check.applies() && check.isAllow()) {
                    allows.add(check);
                }
            }
        }
        Verdict verdict = denies.isEmpty()
                ? decide(request, resourcePolicyType, grants)
                : new Verdict(Outcome.EXPLICIT_DENY, denies.get(0).type());
        List<StatementCheck> matched = verdict.outcome() == Outcome.EXPLICIT_DENY ? denies : allows;
        List<StatementMatch> matches = new ArrayList<>(matched.size());
        matched.forEach(c -> matches.add(c.toMatch()));
        // The explanation needs every statement's check: made again, in full, only when someone reads it.
        Lazy<EvaluationFacts> facts = new Lazy<>(() -> new EvaluationFacts(request, verdict.outcome(),
                verdict.deciding(), resourcePolicyType, identity, resourcePolicy,
                checkIdentity(request, identity, false),
                resourcePolicy == null ? List.of()
                        : checkPolicy(request, resourcePolicy, resourcePolicyType, resourceKind, false),
                grants.identityAllows(),
                session == null ? List.of() : checkPolicy(request, session, PolicyType.SESSION, PolicyKind.SESSION,
                        false),
                boundary == null ? List.of() : checkPolicy(request, boundary, PolicyType.PERMISSIONS_BOUNDARY,
                        PolicyKind.IDENTITY, false),
                new PermissionLimits(session, boundary)));
        return new Decision(verdict.outcome(), verdict.deciding(), matches, () -> trace(facts.get()), request,
                () -> DenialExplainer.diagnose(facts.get()), () -> MissingKeys.of(facts.get()));
    }

    /** One line per policy and statement considered, in evaluation order; built only when someone reads it. */
    private static List<String> trace(EvaluationFacts facts) {
        AuthorizationRequest request = facts.request();
        Principal caller = request.principal();
        List<String> trace = new ArrayList<>();
        trace.add(header(request, facts.trust()));
        List<NamedPolicy> identity = facts.identityPolicies();
        if (caller.type() == PrincipalType.SERVICE) {
            trace.add("identity-based policies: none count for service principal " + caller.serviceName()
                    + "; only the resource-side policy can grant it" + ignored(identity));
        } else if (caller.type() == PrincipalType.ROOT) {
            trace.add("identity-based policies: the root user holds every permission of account "
                    + caller.accountId() + ", no policy needed" + ignored(identity));
        } else if (identity.isEmpty()) {
            trace.add("identity-based policies: " + caller.describe() + " has none");
        }
        facts.identityChecks().forEach(c -> trace.add(c.traceLine()));
        if (facts.resourcePolicy() == null) {
            trace.add(facts.hopType().phrase() + ": none on " + request.resourceArn());
        }
        facts.resourceChecks().forEach(c -> trace.add(c.traceLine()));
        limitTrace(trace, facts.limits().sessionPolicy(), PolicyType.SESSION, facts.sessionChecks(), caller);
        limitTrace(trace, facts.limits().permissionsBoundary(), PolicyType.PERMISSIONS_BOUNDARY,
                facts.boundaryChecks(), caller);
        trace.add(conclusion(facts));
        return trace;
    }

    private static void limitTrace(List<String> trace, NamedPolicy policy, PolicyType type,
                                   List<StatementCheck> checks, Principal caller) {
        if (policy != null) {
            trace.add(type.phrase() + " " + policy.name() + ": limits what the identity-based policies (and grants "
                    + "to the role ARN) give " + caller.describe());
            checks.forEach(c -> trace.add(c.traceLine()));
        }
    }

    private record Verdict(Outcome outcome, PolicyType deciding) {
    }

    /** What each side granted, with the limits of session policy and permissions boundary applied. */
    private record Grants(boolean identityAllowsRaw, boolean sessionAllows, boolean boundaryAllows,
                          boolean directUnlimited, boolean directLimited, boolean viaAccount) {

        /**
         * From the statements that count. A session policy or boundary with statements limits even when none of
         * them counts (an empty list then means "allows nothing"); an absent one does not limit.
         */
        Grants(Principal caller, List<StatementCheck> identity, List<StatementCheck> resource,
               List<StatementCheck> session, List<StatementCheck> boundary, boolean hasSession, boolean hasBoundary) {
            this(caller.type() == PrincipalType.ROOT || anyAllow(identity),
                    !hasSession || anyAllow(session), !hasBoundary || anyAllow(boundary),
                    anyResourceGrant(resource, caller, PrincipalMatch.DIRECT, true),
                    anyResourceGrant(resource, caller, PrincipalMatch.DIRECT, false),
                    anyResourceGrant(resource, caller, PrincipalMatch.ACCOUNT, null));
        }

        /** @param namesCallerItself null for either */
        private static boolean anyResourceGrant(List<StatementCheck> resource, Principal caller, PrincipalMatch how,
                                                Boolean namesCallerItself) {
            for (StatementCheck c : resource) {
                if (grants(c, how) && (namesCallerItself == null
                        || c.statement().principal().namesCallerItself(caller) == namesCallerItself)) {
                    return true;
                }
            }
            return false;
        }

        boolean limitsAllow() {
            return sessionAllows && boundaryAllows;
        }

        boolean identityAllows() {
            return identityAllowsRaw && limitsAllow();
        }

        /** A direct resource grant that counts: to the caller's own ARN, or to its role if the limits allow too. */
        boolean direct() {
            return directUnlimited || directLimited && limitsAllow();
        }

        /** The limit that stopped a grant that would otherwise have counted, or null. */
        PolicyType limiting() {
            if (!(identityAllowsRaw || directLimited)) {
                return null;
            }
            return !boundaryAllows ? PolicyType.PERMISSIONS_BOUNDARY : !sessionAllows ? PolicyType.SESSION : null;
        }

        private static boolean anyAllow(List<StatementCheck> checks) {
            for (StatementCheck c : checks) {
                if (c.applies() && c.isAllow()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean grants(StatementCheck check, PrincipalMatch how) {
            return check.applies() && check.isAllow() && check.principalMatch() == how;
        }
    }

    /**
     * Reference 4.5 without the deny step. For denials the deciding type is the one AWS names (9.1): the trust policy
     * when it granted nothing, else the identity side when it did not allow (or the session policy / boundary that
     * cut its grant), else the resource policy.
     */
    private static Verdict decide(AuthorizationRequest request, PolicyType hop, Grants grants) {
        Verdict verdict = decideUnlimited(request, hop, grants);
        PolicyType limiting = grants.limiting();
        if (verdict.outcome() == Outcome.IMPLICIT_DENY && limiting != null) {
            return new Verdict(Outcome.IMPLICIT_DENY, limiting);
        }
        return verdict;
    }

    private static Verdict decideUnlimited(AuthorizationRequest request, PolicyType hop, Grants grants) {
        PrincipalType callerType = request.principal().type();
        boolean trust = hop == PolicyType.TRUST;
        boolean direct = grants.direct();
        boolean viaAccount = grants.viaAccount();
        boolean identityAllows = grants.identityAllows();
        if (callerType == PrincipalType.SERVICE) {
            return verdict(direct, hop, hop);
        }
        if (request.sameAccount() && trust) {
            boolean allowed = direct || viaAccount && identityAllows;
            return verdict(allowed, PolicyType.TRUST, viaAccount ? PolicyType.IDENTITY : PolicyType.TRUST);
        }
        if (request.sameAccount()) {
            PolicyType granting = identityAllows
                    ? (callerType == PrincipalType.ROOT ? PolicyType.NONE : PolicyType.IDENTITY) : PolicyType.RESOURCE;
            return verdict(identityAllows || direct, granting, PolicyType.IDENTITY);
        }
        boolean resourceSide = direct || viaAccount;
        PolicyType missing = trust
                ? (resourceSide ? PolicyType.IDENTITY : PolicyType.TRUST)
                : (identityAllows ? PolicyType.RESOURCE : PolicyType.IDENTITY);
        return verdict(resourceSide && identityAllows, hop, missing);
    }

    private static Verdict verdict(boolean allowed, PolicyType ifAllowed, PolicyType ifDenied) {
        return allowed ? new Verdict(Outcome.ALLOWED, ifAllowed) : new Verdict(Outcome.IMPLICIT_DENY, ifDenied);
    }

    /** Session policies belong to role sessions only; anyone else's is ignored (with a trace line). */
    private static NamedPolicy sessionPolicyOf(PermissionLimits limits, Principal caller) {
        return caller.type() == PrincipalType.ASSUMED_ROLE ? limits.sessionPolicy() : null;
    }

    /** Boundaries belong to users and roles; root users and services have none. */
    private static NamedPolicy boundaryOf(PermissionLimits limits, Principal caller) {
        PrincipalType type = caller.type();
        boolean bounded = type == PrincipalType.USER || type == PrincipalType.ROLE || type == PrincipalType.ASSUMED_ROLE;
        return bounded ? limits.permissionsBoundary() : null;
    }

    /** @param countingOnly keep only the statements that count for the outcome (see StatementEvaluator.counts) */
    private static List<StatementCheck> checkIdentity(AuthorizationRequest request, List<NamedPolicy> policies,
                                                      boolean countingOnly) {
        PrincipalType type = request.principal().type();
        if (type == PrincipalType.SERVICE || type == PrincipalType.ROOT || policies.isEmpty()) {
            return List.of();
        }
        List<StatementCheck> checks = new ArrayList<>(countingOnly ? 2 : 16);
        for (NamedPolicy policy : policies) {
            addChecks(checks, request, policy, PolicyType.IDENTITY, PolicyKind.IDENTITY, countingOnly);
        }
        return checks;
    }

    private static List<StatementCheck> checkPolicy(AuthorizationRequest request, NamedPolicy policy, PolicyType type,
                                                    PolicyKind kind, boolean countingOnly) {
        List<StatementCheck> checks = new ArrayList<>(countingOnly ? 2 : policy.document().statements().size());
        addChecks(checks, request, policy, type, kind, countingOnly);
        return checks;
    }

    private static void addChecks(List<StatementCheck> checks, AuthorizationRequest request, NamedPolicy policy,
                                  PolicyType type, PolicyKind kind, boolean countingOnly) {
        requireKind(policy, kind);
        List<Statement> statements = policy.document().statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (!countingOnly || StatementEvaluator.counts(statement, request)) {
                checks.add(StatementEvaluator.check(policy, type, statement, request));
            }
        }
    }

    private static boolean hasStatements(NamedPolicy policy) {
        return policy != null && !policy.document().statements().isEmpty();
    }

    private static Decision rootCannotAssumeRoles(AuthorizationRequest request) {
        List<String> trace = List.of(header(request, true),
                "STS rule: " + StsRules.ROOT_CANNOT_ASSUME_ROLES + " The trust policy is not consulted.");
        Diagnosis diagnosis = new Diagnosis("Denied by STS: the account root user can never assume a role ("
                + request.resourceArn() + "), whatever its trust policy says.",
                "Call sts:AssumeRole with the credentials of an IAM user or role instead of the root user's.",
                StsRules.ROOT_CANNOT_ASSUME_ROLES);
        return new Decision(Outcome.IMPLICIT_DENY, PolicyType.NONE, List.of(), trace, request, diagnosis, List.of());
    }

    private static String header(AuthorizationRequest request, boolean trust) {
        Principal caller = request.principal();
        String accounts = caller.type() == PrincipalType.SERVICE ? "service principal"
                : request.sameAccount() ? "same account " + caller.accountId()
                : "cross-account: caller in " + caller.accountId() + ", resource in " + request.resourceAccountId();
        return "request: " + caller.describe() + " wants " + request.action() + " on " + request.resourceArn()
                + " (" + accounts + (trust ? ", decided by the role trust policy" : "") + ")";
    }

    private static String conclusion(EvaluationFacts facts) {
        return switch (facts.outcome()) {
            case ALLOWED -> "decision: ALLOWED"
                    + (facts.decidingType() == PolicyType.NONE ? "" : " by the " + facts.decidingType().phrase());
            case EXPLICIT_DENY -> "decision: EXPLICIT_DENY by a Deny in the " + facts.decidingType().phrase();
            case IMPLICIT_DENY -> "decision: IMPLICIT_DENY: no " + facts.decidingType().phrase() + " allows "
                    + facts.request().action();
        };
    }

    private static String ignored(List<NamedPolicy> policies) {
        return policies.isEmpty() ? "" : " (" + policies.size() + " given, ignored)";
    }

    private static void requireKind(NamedPolicy policy, PolicyKind kind) {
        if (policy.document().kind() != kind) {
            throw new IllegalArgumentException(policy.name() + " was parsed as a " + policy.document().kind()
                    + " policy but is used as a " + kind + " policy");
        }
    }
}
