package dev.flowsim.emulator.iam;

import java.util.Arrays;
import java.util.List;

/** A statement's Action or NotAction (negated): a list of action patterns, ORed. */
public final class ActionElement {

    private final ActionPattern[] patterns;
    private final boolean negated;

    ActionElement(List<String> patterns, boolean negated) {
        this.patterns = patterns.stream().map(ActionPattern::compile).toArray(ActionPattern[]::new);
        this.negated = negated;
    }

    /** True for NotAction. */
    public boolean negated() {
        return negated;
    }

    /** The patterns as written. */
    public List<String> patterns() {
        return Arrays.stream(patterns).map(ActionPattern::source).toList();
    }

    /** Whether the element covers {@code action}: one pattern matches it (Action), or none does (NotAction). */
    public boolean covers(String action) {
        for (ActionPattern pattern : patterns) {
            if (pattern.matches(action)) {
                return !negated;
            }
        }
        return negated;
    }

    /** "[logs:CreateLogStream, logs:PutLogEvents]". */
    public String describe() {
        return patterns().toString();
    }
}
