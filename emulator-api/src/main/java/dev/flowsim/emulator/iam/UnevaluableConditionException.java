package dev.flowsim.emulator.iam;

/**
 * Thrown while compiling a condition that IAM stores but flowsim cannot evaluate faithfully (a policy value that is
 * not a number for a Numeric operator, not an address for IpAddress, not base64 for BinaryEquals; a set qualifier on
 * Null). The clause is kept and fails closed: its Allow statement never applies, its Deny statement always does.
 */
final class UnevaluableConditionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnevaluableConditionException(String reason) {
        super(reason, null, false, false);
    }
}
