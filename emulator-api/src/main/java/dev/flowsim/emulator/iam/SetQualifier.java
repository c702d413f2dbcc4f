package dev.flowsim.emulator.iam;

import java.util.List;

/**
 * ForAllValues: and ForAnyValue: in front of a comparison operator, for multivalued keys (reference 3.4). The base
 * operator's per-value test (negated for StringNotEquals and friends) is applied to each request value:
 * ForAllValues holds when every request value passes, and also when the key is absent or empty; ForAnyValue holds
 * when at least one passes, and never for an absent or empty key.
 */
final class SetQualifier implements ConditionOperator {

    private final boolean all;
    private final ValueComparison base;

    SetQualifier(boolean all, ValueComparison base) {
        this.all = all;
        this.base = base;
    }

    @Override
    public CompiledCondition compile(String key, List<String> policyValues, boolean variablesEnabled) {
        ValueComparison.ValueTest test = base.compileTest(policyValues, variablesEnabled);
        boolean negated = base.negated();
        String wanted = base.wanted(policyValues);
        String name = all ? "ForAllValues" : "ForAnyValue";
        String lookup = RequestContext.lowerCaseKey(key);
        return new CompiledCondition() {
            @Override
            public boolean holds(RequestContext context) {
                List<String> actual = context.valuesOfLowerCaseKey(lookup);
                if (actual.isEmpty()) {
                    return all;
                }
                for (int i = 0; i < actual.size(); i++) {
                    boolean passes = negated != test.anyMatches(actual.get(i), context);
                    if (passes != all) {
                        // ForAnyValue: one passing value settles it; ForAllValues: one failing value does.
                        return !all;
                    }
                }
                return all;
            }

            @Override
            public ConditionResult evaluate(RequestContext context) {
                return explain(context, test, negated, wanted, name, key);
            }
        };
    }

    private ConditionResult explain(RequestContext context, ValueComparison.ValueTest test, boolean negated,
                                    String wanted, String name, String key) {
        List<String> actual = context.values(key);
        if (actual.isEmpty()) {
            return new ConditionResult(all, "request has no " + key + " (" + name + " is "
                    + (all ? "true" : "false") + " for a missing or empty set)");
        }
        String failing = null;
        String passing = null;
        for (String value : actual) {
            boolean passes = negated != test.anyMatches(value, context);
            if (passes && passing == null) {
                passing = value;
            }
            if (!passes && failing == null) {
                failing = value;
            }
        }
        boolean holds = all ? failing == null : passing != null;
        String why = all
                ? (holds ? "every value passes" : "value " + failing + " does not pass")
                : (holds ? "value " + passing + " passes" : "no value passes");
        return new ConditionResult(holds, "request has " + actual + ", policy wants " + wanted + " (" + name
                + ": " + why + ")");
    }
}
