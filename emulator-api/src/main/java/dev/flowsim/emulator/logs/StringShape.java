package dev.flowsim.emulator.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The constraints of a string shape in the service model: length bounds and an optional pattern, which must match
 * the whole value. Produces the constraint texts of Coral's validation messages.
 */
public final class StringShape {

    private final int minLength;
    private final int maxLength;
    private final String patternText;
    private final Pattern pattern;
    // Values known to match the pattern: the same group and stream names arrive with every PutLogEvents, and the
    // regex ran for each. Only matches are kept (a refused value is reported afresh); bounded, emptied when full.
    private final Set<String> matching = ConcurrentHashMap.newKeySet();
    static final int MAX_REMEMBERED_MATCHES = 16_384;
    private static final int MAX_REMEMBERED_LENGTH = 512;

    /**
     * @param minLength   0 when the model sets none
     * @param maxLength   {@link Integer#MAX_VALUE} when the model sets none
     * @param patternText the model's pattern, printed verbatim in messages; null when it has none
     */
    public StringShape(int minLength, int maxLength, String patternText) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.patternText = patternText;
        this.pattern = patternText == null ? null : Pattern.compile(patternText);
    }

    public int maxLength() {
        return maxLength;
    }

    /** This shape without its maximum length, for members whose length AWS checks with its own message. */
    public StringShape withoutMaxLength() {
        return new StringShape(minLength, Integer.MAX_VALUE, patternText);
    }

    /** The constraints {@code value} breaks, in the order Coral lists them: pattern first, then length. */
    public List<String> violatedBy(String value) {
        List<String> broken = new ArrayList<>(2);
        if (pattern != null && !matchesPattern(value)) {
            broken.add(patternConstraint());
        }
        if (value.length() < minLength) {
            broken.add("Member must have length greater than or equal to " + minLength);
        }
        if (value.length() > maxLength) {
            broken.add("Member must have length less than or equal to " + maxLength);
        }
        return broken;
    }

    private boolean matchesPattern(String value) {
        if (matching.contains(value)) {
            return true;
        }
        if (!pattern.matcher(value).matches()) {
            return false;
        }
        if (value.length() > MAX_REMEMBERED_LENGTH) {
            return true;
        }
        if (matching.size() >= MAX_REMEMBERED_MATCHES) {
            matching.clear();
        }
        matching.add(value);
        return true;
    }

    /** Every constraint of the shape, as Coral lists them for map keys and values: max, min, pattern. */
    public List<String> allConstraints() {
        List<String> all = new ArrayList<>(3);
        if (maxLength != Integer.MAX_VALUE) {
            all.add("Member must have length less than or equal to " + maxLength);
        }
        if (minLength > 0) {
            all.add("Member must have length greater than or equal to " + minLength);
        }
        if (pattern != null) {
            all.add(patternConstraint());
        }
        return all;
    }

    private String patternConstraint() {
        return "Member must satisfy regular expression pattern: " + patternText;
    }
}
