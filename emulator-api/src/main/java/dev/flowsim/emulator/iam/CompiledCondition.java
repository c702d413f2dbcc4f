package dev.flowsim.emulator.iam;

/** One condition key of one operator, ready to test requests. */
@FunctionalInterface
public interface CompiledCondition {

    ConditionResult evaluate(RequestContext context);
}
