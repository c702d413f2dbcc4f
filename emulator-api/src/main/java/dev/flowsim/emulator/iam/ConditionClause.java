package dev.flowsim.emulator.iam;

import java.util.List;

/**
 * One key under one operator of a statement's Condition block, compiled. When flowsim cannot evaluate the clause,
 * {@code compiled} is null and the clause fails closed: an Allow statement holding it never applies, a Deny statement
 * holding it always does (when its other parts match), so nothing is ever silently allowed.
 *
 * @param operator          the operator name as written ("StringEquals", "ArnLikeIfExists")
 * @param key               the condition key as written
 * @param values            the policy values
 * @param compiled          the compiled test, or null when unsupported
 * @param unsupportedReason why the operator cannot be evaluated, or null
 */
public record ConditionClause(String operator, String key, List<String> values, CompiledCondition compiled,
                              String unsupportedReason) {

    public ConditionClause {
        values = List.copyOf(values);
    }

    public boolean supported() {
        return compiled != null;
    }

    /** Whether the clause holds; false when flowsim cannot evaluate it. No words are built. */
    public boolean holds(RequestContext context) {
        return compiled != null && compiled.holds(context);
    }

    /** Evaluates the clause; the detail reads "condition StringEquals aws:SourceAccount: request has ...". */
    public ConditionResult evaluate(RequestContext context) {
        if (compiled == null) {
            return new ConditionResult(false, describe() + ": " + unsupportedReason
                    + ", so flowsim fails closed (an Allow does not apply, a Deny does)");
        }
        ConditionResult result = compiled.evaluate(context);
        return new ConditionResult(result.holds(), describe() + ": " + result.detail());
    }

    /** "condition StringEquals aws:SourceAccount". */
    public String describe() {
        return "condition " + operator + " " + key;
    }
}
