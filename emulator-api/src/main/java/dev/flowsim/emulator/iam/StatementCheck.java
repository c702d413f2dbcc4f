package dev.flowsim.emulator.iam;

/**
 * What one statement made of one request: how far it got and why it stopped. Statements are checked in the order
 * principal, action, resource, conditions, so the stage tells how close a statement came to applying.
 *
 * @param policy         the policy holding the statement
 * @param type           how that policy counts (identity, resource, trust)
 * @param statement      the statement
 * @param principalMatch how its Principal named the caller (DIRECT for identity policies)
 * @param stage          where it failed, or {@link Stage#APPLIES}
 * @param failedClause   the condition that failed, or null
 * @param reasonText     human words: why it did or did not apply, put together only when read
 */
record StatementCheck(NamedPolicy policy, PolicyType type, Statement statement, PrincipalMatch principalMatch,
                      Stage stage, ConditionClause failedClause, Lazy<String> reasonText) {

    /** Why the statement did or did not apply. */
    String reason() {
        return reasonText.get();
    }

    /** The check a statement failed at, in the order they run; later means closer to applying. */
    enum Stage { PRINCIPAL, ACTION, RESOURCE, CONDITION, UNSUPPORTED_CONDITION, APPLIES }

    boolean applies() {
        return stage == Stage.APPLIES;
    }

    boolean isAllow() {
        return statement.effect() == Effect.ALLOW;
    }

    /**
     * Whether this statement denies the request: a Deny that applies, or a Deny whose principal, action and resource
     * match but one of whose conditions flowsim cannot evaluate (fail closed).
     */
    boolean denies() {
        return !isAllow() && (applies() || stage == Stage.UNSUPPORTED_CONDITION);
    }

    /** A Deny that denies only because flowsim failed closed on a condition it cannot evaluate. */
    boolean deniesClosed() {
        return !isAllow() && stage == Stage.UNSUPPORTED_CONDITION;
    }

    /** "role/FlowLogsRole inline deliver statement 'Logs': action logs:PutLogEvents not in [...]". */
    String traceLine() {
        return policy.name() + " statement " + statement.label() + ": " + reason();
    }

    /** "statement 'Logs' of role/FlowLogsRole inline deliver". */
    String describe() {
        return "statement " + statement.label() + " of " + policy.name();
    }

    StatementMatch toMatch() {
        return new StatementMatch(policy.name(), type, statement.sid(), statement.effect(), statement.index());
    }
}
