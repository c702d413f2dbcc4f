package dev.flowsim.emulator.iam;

import java.util.List;

/**
 * Base of the operators that compare request values with policy values (String, Arn, Bool, Numeric, Date, Binary,
 * IpAddress). It owns IAM's combination rules so that each operator only says how one value compares:
 * <ul>
 *   <li>several policy values: any may match (OR);</li>
 *   <li>negated operators (StringNotEquals, ArnNotLike, ...): the request value must match none of them;</li>
 *   <li>key absent from the request: false for positive operators, true for negated ones.</li>
 * </ul>
 * {@link #compileTest} exposes the per-value test, which the ForAnyValue/ForAllValues qualifiers need.
 */
public abstract class ValueComparison implements ConditionOperator {

    private final boolean negated;

    protected ValueComparison(boolean negated) {
        this.negated = negated;
    }

    /** Tests one request value against the policy values of a key: true when any policy value matches. */
    @FunctionalInterface
    public interface ValueTest {
        boolean anyMatches(String requestValue, RequestContext context);
    }

    /** One policy value, compiled. */
    @FunctionalInterface
    protected interface ValueMatcher {
        boolean matches(String requestValue, RequestContext context);
    }

    /** Compiles one policy value of this operator. */
    protected abstract ValueMatcher compileValue(String policyValue, boolean variablesEnabled);

    public final boolean negated() {
        return negated;
    }

    /** Words put before a policy value in explanations ("< ", "before "); empty for equality. */
    protected String relation() {
        return "";
    }

    /** The positive per-value test (negation is applied by the caller). */
    public final ValueTest compileTest(List<String> policyValues, boolean variablesEnabled) {
        ValueMatcher[] matchers = policyValues.stream().map(v -> compileValue(v, variablesEnabled))
                .toArray(ValueMatcher[]::new);
        if (matchers.length == 1) {
            ValueMatcher only = matchers[0];
            return only::matches;
        }
        return (requestValue, context) -> {
            for (ValueMatcher matcher : matchers) {
                if (matcher.matches(requestValue, context)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public final CompiledCondition compile(String key, List<String> policyValues, boolean variablesEnabled) {
        ValueTest test = compileTest(policyValues, variablesEnabled);
        String wanted = wanted(policyValues);
        String lookup = RequestContext.lowerCaseKey(key);
        return new CompiledCondition() {
            @Override
            public boolean holds(RequestContext context) {
                List<String> actual = context.valuesOfLowerCaseKey(lookup);
                for (int i = 0; i < actual.size(); i++) {
                    if (test.anyMatches(actual.get(i), context)) {
                        return !negated;
                    }
                }
                return negated;
            }

            @Override
            public ConditionResult evaluate(RequestContext context) {
                List<String> actual = context.values(key);
                if (actual.isEmpty()) {
                    return negated
                            ? new ConditionResult(true, "request has no " + key + " (a negated operator is true then)")
                            : new ConditionResult(false, "request has no " + key + ", policy wants " + wanted);
                }
                return new ConditionResult(holds(context), "request has " + shown(actual) + ", policy wants " + wanted);
            }
        };
    }

    /** "111122223333", "anything but 10.0.0.0/8", "one of [a, b]", "< 100": what the policy asks for. */
    final String wanted(List<String> values) {
        if (values.size() == 1) {
            return (negated ? "anything but " : "") + relation() + values.get(0);
        }
        return (negated ? "none of " : "one of ") + relation() + values;
    }

    private static String shown(List<String> values) {
        return values.size() == 1 ? values.get(0) : values.toString();
    }
}
