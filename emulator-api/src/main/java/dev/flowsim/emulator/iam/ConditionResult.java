package dev.flowsim.emulator.iam;

/**
 * Whether a condition held, and why in words ("request has 111122223333, policy wants 444455556666"), for traces and
 * explanations.
 */
public record ConditionResult(boolean holds, String detail) {
}
