package dev.flowsim.emulator.iam;

/** One condition key of one operator, ready to test requests. */
@FunctionalInterface
public interface CompiledCondition {

    /** Whether the condition holds, and why in words. */
    ConditionResult evaluate(RequestContext context);

    /** Whether the condition holds, without the words: what the evaluator asks on every request. */
    default boolean holds(RequestContext context) {
        return evaluate(context).holds();
    }
}
