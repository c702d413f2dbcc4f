package dev.flowsim.emulator.queryinput;

import dev.flowsim.emulator.error.AwsException;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request's members against the constraints of the service model and reports every violation at once, in
 * the words of AWS's request validator: {@code 1 validation error detected: Value 'x' at 'roleName' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+}. IAM and STS answer these with
 * {@code ValidationError} (HTTP 400).
 */
public final class InputConstraints {

    private final List<String> violations = new ArrayList<>();

    /** A member the model marks required. */
    public InputConstraints required(String member, String value) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    /** A string member with a pattern and length bounds; absent values pass (combine with {@link #required}). */
    public InputConstraints text(String member, String value, int minLength, int maxLength, ModelPattern pattern) {
        if (value == null) {
            return this;
        }
        if (pattern != null && !pattern.matches(value)) {
            violate(value, member, "Member must satisfy regular expression pattern: " + pattern.modelText());
        }
        int length = value.codePointCount(0, value.length());
        if (length < minLength) {
            violate(value, member, "Member must have length greater than or equal to " + minLength);
        }
        if (length > maxLength) {
            violate(value, member, "Member must have length less than or equal to " + maxLength);
        }
        return this;
    }

    /**
     * An integer member within {@code [min, max]}. Returns the value, or null when it is absent or violates a
     * constraint (the violation is then reported by {@link #throwIfViolated}).
     */
    public Integer integer(String member, String raw, int min, int max) {
        if (raw == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            violate(raw, member, "Member must be a number");
            return null;
        }
        if (value < min) {
            violate(raw, member, "Member must have value greater than or equal to " + min);
            return null;
        }
        if (value > max) {
            violate(raw, member, "Member must have value less than or equal to " + max);
            return null;
        }
        return value;
    }

    /** A list member with at most {@code max} elements; {@code printed} is how the list appears in the message. */
    public InputConstraints listSize(String member, int size, int max, String printed) {
        if (size > max) {
            violate(printed, member, "Member must have length less than or equal to " + max);
        }
        return this;
    }

    /** A member restricted to the model's enum values; absent values pass. */
    public InputConstraints enumeration(String member, String value, java.util.List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violate(value, member, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return this;
    }

    /** Throws the ValidationError listing every violation found so far, if there is any. */
    public void throwIfViolated() {
        if (violations.isEmpty()) {
            return;
        }
        int n = violations.size();
        String message = n + (n == 1 ? " validation error detected: " : " validation errors detected: ")
                + String.join("; ", violations);
        throw new AwsException("ValidationError", message, 400);
    }

    private void violate(String value, String member, String constraint) {
        violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }
}
