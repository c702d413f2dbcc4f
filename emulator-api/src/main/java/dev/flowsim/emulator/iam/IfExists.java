package dev.flowsim.emulator.iam;

import java.util.List;

/** The IfExists suffix: true when the key is absent from the request, otherwise the base operator decides. */
final class IfExists implements ConditionOperator {

    private final ConditionOperator base;

    IfExists(ConditionOperator base) {
        this.base = base;
    }

    @Override
    public CompiledCondition compile(String key, List<String> policyValues, boolean variablesEnabled) {
        CompiledCondition compiled = base.compile(key, policyValues, variablesEnabled);
        String lookup = RequestContext.lowerCaseKey(key);
        return new CompiledCondition() {
            @Override
            public boolean holds(RequestContext context) {
                return context.valuesOfLowerCaseKey(lookup).isEmpty() || compiled.holds(context);
            }

            @Override
            public ConditionResult evaluate(RequestContext context) {
                return context.contains(key) ? compiled.evaluate(context) : new ConditionResult(true,
                        "request has no " + key + " (IfExists makes the condition true then)");
            }
        };
    }
}
