package dev.flowsim.emulator.iam;

import java.util.List;

/**
 * A condition operator (StringEquals, ArnLike, Null, ...). Operators are looked up by name in
 * {@link ConditionOperators}; new ones (Numeric, Date, IpAddress, set qualifiers) are added there without touching
 * the parser or the evaluator.
 */
@FunctionalInterface
public interface ConditionOperator {

    /**
     * Compiles the policy's values for one condition key, once, when the policy is parsed.
     *
     * @param key              the condition key as written in the policy (matched case-insensitively)
     * @param policyValues     the values listed for the key (several values = OR)
     * @param variablesEnabled whether ${...} policy variables are substituted (Version 2012-10-17)
     */
    CompiledCondition compile(String key, List<String> policyValues, boolean variablesEnabled);
}
