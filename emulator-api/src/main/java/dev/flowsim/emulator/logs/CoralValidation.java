package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.error.AwsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the constraint violations AWS's request framework (Coral) reports before an operation runs, and throws
 * them as one error worded the way AWS words it:
 * {@code 1 validation error detected: Value 'x' at 'member' failed to satisfy constraint: ...}, or
 * {@code N validation errors detected: ...; ...} for several. Check members in model order; values are printed
 * verbatim.
 */
public final class CoralValidation {

    private final List<String> violations = new ArrayList<>();

    /** Records "Member must not be null" when the value is absent; returns whether it is present. */
    public boolean required(String path, Object value) {
        if (value == null) {
            violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            return false;
        }
        return true;
    }

    /** Checks a string against its shape; an absent value passes. */
    public CoralValidation string(String path, String value, StringShape shape) {
        if (value != null) {
            for (String constraint : shape.violatedBy(value)) {
                violation(path, value, constraint);
            }
        }
        return this;
    }

    /** Checks an integer or long against its range; an absent value passes. */
    public CoralValidation range(String path, Number value, long min, long max) {
        if (value != null) {
            long v = value.longValue();
            if (v < min) {
                violation(path, value, "Member must have value greater than or equal to " + min);
            } else if (v > max) {
                violation(path, value, "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    /** Checks an enum member; an absent value passes. */
    public CoralValidation oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violation(path, value, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return this;
    }

    /** Checks the number of elements of a list or map (Coral calls it length too). */
    public CoralValidation size(String path, Object renderedValue, int size, int min, int max) {
        if (size < min) {
            violation(path, renderedValue, "Member must have length greater than or equal to " + min);
        } else if (size > max) {
            violation(path, renderedValue, "Member must have length less than or equal to " + max);
        }
        return this;
    }

    /** Checks a string map: its size, then every key against one shape and every value against another. */
    public CoralValidation map(String path, Map<String, String> map, int minSize, int maxSize, StringShape keys,
                               StringShape values) {
        if (map == null) {
            return this;
        }
        size(path, map, map.size(), minSize, maxSize);
        if (map.keySet().stream().anyMatch(k -> !keys.violatedBy(k).isEmpty())) {
            violation(path, map, "Map keys must satisfy constraint: " + keys.allConstraints());
        }
        if (map.values().stream().anyMatch(v -> !values.violatedBy(v).isEmpty())) {
            violation(path, map, "Map value must satisfy constraint: " + values.allConstraints());
        }
        return this;
    }

    /** Records one violation; {@code renderedValue} is printed with {@code toString()}, null as {@code null}. */
    public CoralValidation violation(String path, Object renderedValue, String constraint) {
        String value = renderedValue == null ? "null" : "'" + renderedValue + "'";
        violations.add("Value " + value + " at '" + path + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** The violations so far, worded as AWS's message. */
    public String message() {
        int n = violations.size();
        return n + (n == 1 ? " validation error detected: " : " validation errors detected: ")
                + String.join("; ", violations);
    }

    /** Throws {@code InvalidParameterException} (how Logs reports framework validation) if anything was found. */
    public void throwIfInvalid() {
        if (hasViolations()) {
            throw new AwsException("InvalidParameterException", message(), 400);
        }
    }
}
