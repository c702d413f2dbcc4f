package dev.flowsim.emulator.iam;

import dev.flowsim.emulator.iam.StatementCheck.Stage;
import java.util.List;
import java.util.function.Supplier;

/** Checks one statement against one request: principal, action, resource, then every condition. */
final class StatementEvaluator {

    private StatementEvaluator() {
    }

    /**
     * Whether the statement can count for the decision: it applies, or it is a Deny stopped only by a condition
     * flowsim cannot evaluate (fail closed). The same tests in the same order as {@link #check}, with no objects
     * made, so the decision can skip the statements that do not count and build their words only when read.
     *
     * @return how the statement's Principal named the caller (DIRECT without a Principal), or null when the
     *         statement does not count
     */
    static PrincipalMatch countingMatch(Statement statement, AuthorizationRequest request) {
        PrincipalMatch how = PrincipalMatch.DIRECT;
        PrincipalElement principal = statement.principal();
        if (principal != null) {
            how = principal.match(request.principal());
            if (how == PrincipalMatch.NONE) {
                return null;
            }
        }
        if (!statement.actions().covers(request.action())) {
            return null;
        }
        ResourceElement resources = statement.resources();
        if (resources != null && !resources.covers(request.resourceArn(), request.context())) {
            return null;
        }
        boolean unevaluable = false;
        List<ConditionClause> conditions = statement.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            ConditionClause clause = conditions.get(i);
            if (!clause.supported()) {
                unevaluable = true;
            } else if (!clause.holds(request.context())) {
                return null;
            }
        }
        return !unevaluable || statement.effect() == Effect.DENY ? how : null;
    }

    static StatementCheck check(NamedPolicy policy, PolicyType type, Statement statement,
                                AuthorizationRequest request) {
        Principal caller = request.principal();
        PrincipalMatch principalMatch = PrincipalMatch.DIRECT;
        PrincipalElement principal = statement.principal();
        if (principal != null) {
            principalMatch = principal.match(caller);
            if (principalMatch == PrincipalMatch.NONE) {
                String verb = principal.negated() ? " excludes " : " does not name ";
                return fail(policy, type, statement, principalMatch, Stage.PRINCIPAL, null,
                        () -> principal.describe() + verb + callerText(caller));
            }
        }
        ActionElement actions = statement.actions();
        if (!actions.covers(request.action())) {
            return fail(policy, type, statement, principalMatch, Stage.ACTION, null, () -> actions.negated()
                    ? "action " + request.action() + " is excluded by NotAction " + actions.describe()
                    : "action " + request.action() + " not in " + actions.describe());
        }
        ResourceElement resources = statement.resources();
        if (resources != null && !resources.covers(request.resourceArn(), request.context())) {
            return fail(policy, type, statement, principalMatch, Stage.RESOURCE, null, () -> resources.negated()
                    ? "resource " + request.resourceArn() + " is excluded by NotResource " + resources.describe()
                    : "resource " + request.resourceArn() + " not covered by " + resources.describe()
                    + resources.describeResolved(request.context()) + logGroupHint(resources, request.resourceArn()));
        }
        RequestContext context = request.context();
        ConditionClause failed = null;
        ConditionClause unevaluable = null;
        for (ConditionClause clause : statement.conditions()) {
            if (!clause.supported()) {
                unevaluable = unevaluable == null ? clause : unevaluable;
            } else if (failed == null && !clause.holds(context)) {
                failed = clause;
            }
        }
        // A condition that evaluates false settles the statement; only otherwise does an unevaluable one decide.
        if (failed != null || unevaluable != null) {
            ConditionClause clause = failed != null ? failed : unevaluable;
            return fail(policy, type, statement, principalMatch,
                    failed != null ? Stage.CONDITION : Stage.UNSUPPORTED_CONDITION, clause,
                    () -> clause.evaluate(context).detail());
        }
        PrincipalMatch matched = principalMatch;
        return new StatementCheck(policy, type, statement, principalMatch, Stage.APPLIES, null,
                new Lazy<>(() -> appliesReason(statement, request, matched, statement.conditions().stream()
                        .map(c -> c.evaluate(context).detail()).toList())));
    }

    private static String appliesReason(Statement statement, AuthorizationRequest request,
                                        PrincipalMatch principalMatch, List<String> conditions) {
        StringBuilder why = new StringBuilder(statement.effect().policyText()).append(" applies: action ")
                .append(request.action())
                .append(statement.actions().negated() ? " outside NotAction " : " matches ")
                .append(statement.actions().describe());
        if (statement.resources() != null) {
            why.append(", resource ").append(statement.resources().negated() ? "outside NotResource " : "matches ")
                    .append(statement.resources().describe());
        }
        if (principalMatch == PrincipalMatch.ACCOUNT) {
            why.append(", principal names only the caller's account (its identity policies must allow too)");
        }
        conditions.forEach(c -> why.append("; ").append(c));
        return why.toString();
    }

    /** Names the usual mistake: a bare log-group ARN does not cover the group's streams. */
    private static String logGroupHint(ResourceElement resources, String resourceArn) {
        int stream = resourceArn.indexOf(":log-stream:");
        if (stream < 0 || resources.negated()) {
            return "";
        }
        String group = resourceArn.substring(0, stream);
        return resources.patterns().contains(group)
                ? " (a log-group ARN without :* does not cover the group's log streams)" : "";
    }

    static String callerText(Principal caller) {
        return switch (caller.type()) {
            case SERVICE -> caller.serviceName();
            case ASSUMED_ROLE -> caller.arn() + " (a session of " + caller.roleArn() + ")";
            default -> caller.arn();
        };
    }

    private static StatementCheck fail(NamedPolicy policy, PolicyType type, Statement statement,
                                       PrincipalMatch principalMatch, Stage stage, ConditionClause clause,
                                       Supplier<String> reason) {
        return new StatementCheck(policy, type, statement, principalMatch, stage, clause, new Lazy<>(reason));
    }
}
