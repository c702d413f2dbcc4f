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
        // One pass over the statements that count (an applying statement, or a Deny failing closed), with no object
        // per statement: every other statement adds nothing to the outcome, and its words are made only when read.
        DecisionTally tally = new DecisionTally(caller);
        if (countsIdentity(caller, identity)) {
            for (int i = 0; i < identity.size(); i++) {
                NamedPolicy policy = identity.get(i);
                requireKind(policy, PolicyKind.IDENTITY);
                tally.scan(policy, PolicyType.IDENTITY, request);
            }
        }
        scan(tally, resourcePolicy, resourcePolicyType, resourceKind, request);
        scan(tally, session, PolicyType.SESSION, PolicyKind.SESSION, request);
        scan(tally, boundary, PolicyType.PERMISSIONS_BOUNDARY, PolicyKind.IDENTITY, request);

        Grants grants = new Grants(caller, tally, hasStatements(session), hasStatements(boundary));
        Verdict verdict = tally.anyDeny()
                ? new Verdict(Outcome.EXPLICIT_DENY, tally.firstDenyType())
                : decide(request, resourcePolicyType, grants);
        List<StatementMatch> matches = tally.matched(verdict.outcome() == Outcome.EXPLICIT_DENY);
        return new Decision(verdict.outcome(), verdict.deciding(), matches, request,
                new DeferredWords(request, verdict.outcome(), verdict.deciding(), resourcePolicyType, identity,
                        resourcePolicy, resourceKind, grants.identityAllows(), session, boundary));
    }

    /**
     * The explanation of one decision, made only when read: it needs every statement's check, so the checks are made
     * again, in full, from the same compiled policies and request (evaluation is deterministic).
     */
    private static final class DeferredWords implements Decision.Words {
        private final AuthorizationRequest request;
        private final Outcome outcome;
        private final PolicyType deciding;
        private final PolicyType hop;
        private final List<NamedPolicy> identity;
        private final NamedPolicy resourcePolicy;
        private final PolicyKind resourceKind;
        private final boolean identityAllows;
        private final NamedPolicy session;
        private final NamedPolicy boundary;
        private volatile EvaluationFacts facts;

        DeferredWords(AuthorizationRequest request, Outcome outcome, PolicyType deciding, PolicyType hop,
                      List<NamedPolicy> identity, NamedPolicy resourcePolicy, PolicyKind resourceKind,
                      boolean identityAllows, NamedPolicy session, NamedPolicy boundary) {
            this.request = request;
            this.outcome = outcome;
            this.deciding = deciding;
            this.hop = hop;
            this.identity = identity;
            this.resourcePolicy = resourcePolicy;
            this.resourceKind = resourceKind;
            this.identityAllows = identityAllows;
            this.session = session;
            this.boundary = boundary;
        }

        private EvaluationFacts facts() {
            EvaluationFacts current = facts;
            if (current == null) {
                current = new EvaluationFacts(request, outcome, deciding, hop, identity,
                        resourcePolicy, checkIdentity(request, identity),
                        resourcePolicy == null ? List.of() : checkPolicy(request, resourcePolicy, hop, resourceKind),
                        identityAllows,
                        session == null ? List.of()
                                : checkPolicy(request, session, PolicyType.SESSION, PolicyKind.SESSION),
                        boundary == null ? List.of()
                                : checkPolicy(request, boundary, PolicyType.PERMISSIONS_BOUNDARY, PolicyKind.IDENTITY),
                        new PermissionLimits(session, boundary));
                facts = current;
            }
            return current;
        }

        @Override
        public List<String> trace() {
            return PolicyEvaluator.trace(facts());
        }

        @Override
        public Diagnosis diagnosis() {
            return DenialExplainer.diagnose(facts());
        }

        @Override
        public List<String> missingContextKeys() {
            return MissingKeys.of(facts());
        }
    }

    private static void scan(DecisionTally tally, NamedPolicy policy, PolicyType type, PolicyKind kind,
                             AuthorizationRequest request) {
        if (policy != null) {
            requireKind(policy, kind);
            tally.scan(policy, type, request);
        }
    }

    /** Service principals and root users get nothing from identity policies; their policies are not checked. */
    private static boolean countsIdentity(Principal caller, List<NamedPolicy> policies) {
        PrincipalType type = caller.type();
        return type != PrincipalType.SERVICE && type != PrincipalType.ROOT && !policies.isEmpty();
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
         * them counts (then it allows nothing); an absent one does not limit.
         */
        Grants(Principal caller, DecisionTally tally, boolean hasSession, boolean hasBoundary) {
            this(caller.type() == PrincipalType.ROOT || tally.identityAllows,
                    !hasSession || tally.sessionAllows, !hasBoundary || tally.boundaryAllows,
                    tally.directUnlimited, tally.directLimited, tally.viaAccount);
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

    /** One check per identity statement, for the explanation (none for services and root users). */
    private static List<StatementCheck> checkIdentity(AuthorizationRequest request, List<NamedPolicy> policies) {
        if (!countsIdentity(request.principal(), policies)) {
            return List.of();
        }
        List<StatementCheck> checks = new ArrayList<>(16);
        for (NamedPolicy policy : policies) {
            addChecks(checks, request, policy, PolicyType.IDENTITY);
        }
        return checks;
    }

    private static List<StatementCheck> checkPolicy(AuthorizationRequest request, NamedPolicy policy, PolicyType type,
                                                    PolicyKind kind) {
        requireKind(policy, kind);
        List<StatementCheck> checks = new ArrayList<>(policy.document().statements().size());
        addChecks(checks, request, policy, type);
        return checks;
    }

    private static void addChecks(List<StatementCheck> checks, AuthorizationRequest request, NamedPolicy policy,
                                  PolicyType type) {
        for (Statement statement : policy.document().statements()) {
            checks.add(StatementEvaluator.check(policy, type, statement, request));
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
