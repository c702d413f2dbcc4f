package dev.flowsim.emulator.iam;

/**
 * A statement that applied to a request.
 *
 * @param policyName the {@link NamedPolicy#name()} of its policy
 * @param policyType which kind of policy holds it
 * @param sid        its Sid, or null
 * @param effect     Allow or Deny
 */
public record StatementMatch(String policyName, PolicyType policyType, String sid, Effect effect) {
}
