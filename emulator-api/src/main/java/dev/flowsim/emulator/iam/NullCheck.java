package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Locale;

/** The Null operator: "true" requires the key to be absent from the request, "false" requires it present. */
final class NullCheck implements ConditionOperator {

    @Override
    public CompiledCondition compile(String key, List<String> policyValues, boolean variablesEnabled) {
        boolean acceptsAbsent = policyValues.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals("true"));
        boolean acceptsPresent = policyValues.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals("false"));
        String wanted = acceptsAbsent && acceptsPresent ? "either"
                : acceptsAbsent ? "it absent (true)"
                : acceptsPresent ? "it present (false)" : "neither " + policyValues;
        String lookup = RequestContext.lowerCaseKey(key);
        return new CompiledCondition() {
            @Override
            public boolean holds(RequestContext context) {
                return context.valuesOfLowerCaseKey(lookup).isEmpty() ? acceptsAbsent : acceptsPresent;
            }

            @Override
            public ConditionResult evaluate(RequestContext context) {
                List<String> actual = context.values(key);
                boolean absent = actual.isEmpty();
                String has = absent ? "request has no " + key : "request has " + key + "=" + String.join(",", actual);
                return new ConditionResult(absent ? acceptsAbsent : acceptsPresent, has + ", policy wants " + wanted);
            }
        };
    }
}
