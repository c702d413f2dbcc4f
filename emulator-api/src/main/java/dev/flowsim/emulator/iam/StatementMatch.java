package dev.flowsim.emulator.iam;

/**
 * A statement that applied to a request.
 *
 * @param policyName the {@link NamedPolicy#name()} of its policy
 * @param policyType which kind of policy holds it
 * @param sid        its Sid, or null
 * @param effect     Allow or Deny
 * @param index      its 0-based position in the policy's Statement list (the policy simulator reports where it is)
 */
public record StatementMatch(String policyName, PolicyType policyType, String sid, Effect effect, int index) {
}
