package dev.flowsim.emulator.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * What the statements that count (see {@link StatementEvaluator#countingMatch}) add up to, gathered in one pass over
 * the policies with no object per statement: the grants of each side as flags, and the matched statements in
 * evaluation order (identity, resource, session policy, boundary). A decision usually matches one statement, so the
 * first Allow and the first Deny are kept without a list. One tally per decision, never shared.
 */
final class DecisionTally {

    private final Principal caller;

    boolean identityAllows;
    boolean sessionAllows;
    boolean boundaryAllows;
    /** An Allow in the resource-side policy naming the caller itself (not limited by session policy / boundary). */
    boolean directUnlimited;
    /** An Allow in the resource-side policy naming the caller's role or everyone (limited like identity grants). */
    boolean directLimited;
    /** An Allow in the resource-side policy naming only the caller's account. */
    boolean viaAccount;

    private PolicyType firstDenyType;
    private StatementMatch firstDeny;
    private List<StatementMatch> moreDenies;
    private StatementMatch firstAllow;
    private List<StatementMatch> moreAllows;

    DecisionTally(Principal caller) {
        this.caller = caller;
    }

    /** Checks every statement of {@code policy}, counting as {@code type}. */
    void scan(NamedPolicy policy, PolicyType type, AuthorizationRequest request) {
        List<Statement> statements = policy.document().statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            PrincipalMatch how = StatementEvaluator.countingMatch(statement, request);
            if (how == null) {
                continue;
            }
            // A Deny counts when it applies or fails closed; an Allow counts only when it applies.
            if (statement.effect() == Effect.DENY) {
                addDeny(policy, type, statement);
            } else {
                addAllow(policy, type, statement);
                grant(type, how, statement);
            }
        }
    }

    private void grant(PolicyType type, PrincipalMatch how, Statement statement) {
        switch (type) {
            case IDENTITY -> identityAllows = true;
            case SESSION -> sessionAllows = true;
            case PERMISSIONS_BOUNDARY -> boundaryAllows = true;
            default -> {
                if (how == PrincipalMatch.ACCOUNT) {
                    viaAccount = true;
                } else if (statement.principal().namesCallerItself(caller)) {
                    directUnlimited = true;
                } else {
                    directLimited = true;
                }
            }
        }
    }

    private void addDeny(NamedPolicy policy, PolicyType type, Statement statement) {
        StatementMatch match = match(policy, type, statement);
        if (firstDeny == null) {
            firstDeny = match;
            firstDenyType = type;
        } else {
            moreDenies = append(moreDenies, firstDeny, match);
        }
    }

    private void addAllow(NamedPolicy policy, PolicyType type, Statement statement) {
        StatementMatch match = match(policy, type, statement);
        if (firstAllow == null) {
            firstAllow = match;
        } else {
            moreAllows = append(moreAllows, firstAllow, match);
        }
    }

    private static List<StatementMatch> append(List<StatementMatch> more, StatementMatch first,
                                               StatementMatch match) {
        List<StatementMatch> list = more;
        if (list == null) {
            list = new ArrayList<>(4);
            list.add(first);
        }
        list.add(match);
        return list;
    }

    private static StatementMatch match(NamedPolicy policy, PolicyType type, Statement statement) {
        return new StatementMatch(policy.name(), type, statement.sid(), statement.effect(), statement.index());
    }

    boolean anyDeny() {
        return firstDeny != null;
    }

    /** The type of the policy holding the first denying statement. */
    PolicyType firstDenyType() {
        return firstDenyType;
    }

    /** The denying statements (when any deny) or else the applying Allow statements, in evaluation order. */
    List<StatementMatch> matched(boolean explicitDeny) {
        StatementMatch first = explicitDeny ? firstDeny : firstAllow;
        List<StatementMatch> more = explicitDeny ? moreDenies : moreAllows;
        if (more != null) {
            return List.copyOf(more);
        }
        return first == null ? List.of() : List.of(first);
    }
}
