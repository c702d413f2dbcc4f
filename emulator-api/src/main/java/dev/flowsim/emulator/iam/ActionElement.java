package dev.flowsim.emulator.iam;

import java.util.List;

/** A statement's Action or NotAction (negated): a list of action patterns, ORed. */
public final class ActionElement {

    private final List<ActionPattern> patterns;
    private final boolean negated;
    /** The last action asked about and the answer: a racy but exact memo (an answer never changes). */
    private volatile Answer lastAnswer;

    ActionElement(List<String> patterns, boolean negated) {
        this.patterns = patterns.stream().map(ActionPattern::compile).toList();
        this.negated = negated;
    }

    /** True for NotAction. */
    public boolean negated() {
        return negated;
    }

    /** The patterns as written. */
    public List<String> patterns() {
        return patterns.stream().map(ActionPattern::source).toList();
    }

    /** Whether the element covers {@code action}: one pattern matches it (Action), or none does (NotAction). */
    public boolean covers(String action) {
        // The emulator asks about the same few actions over and over; the answer depends on the action alone.
        Answer last = lastAnswer;
        if (last != null && last.action.equals(action)) {
            return last.covered;
        }
        boolean covered = negated;
        for (ActionPattern pattern : patterns) {
            if (pattern.matches(action)) {
                covered = !negated;
                break;
            }
        }
        lastAnswer = new Answer(action, covered);
        return covered;
    }

    private record Answer(String action, boolean covered) {
    }

    /** "[logs:CreateLogStream, logs:PutLogEvents]". */
    public String describe() {
        return patterns().toString();
    }
}
