package dev.flowsim.emulator.iam;

import java.util.Arrays;
import java.util.Base64;

/**
 * BinaryEquals: the policy value is base64; the request carries the key's binary value base64-encoded as well, and
 * the two are compared byte for byte. No variables.
 */
final class BinaryComparison extends ValueComparison {

    BinaryComparison() {
        super(false);
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        byte[] expected = decode(policyValue);
        if (expected == null) {
            throw new UnevaluableConditionException("policy value '" + policyValue + "' is not base64");
        }
        return (requestValue, context) -> {
            byte[] actual = decode(requestValue);
            return actual != null && Arrays.equals(actual, expected);
        };
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
