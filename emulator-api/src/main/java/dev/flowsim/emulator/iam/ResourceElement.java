package dev.flowsim.emulator.iam;

import java.util.List;

/** A statement's Resource or NotResource (negated): a list of ARN patterns, ORed. */
public final class ResourceElement {

    private final List<ArnPattern> patterns;
    private final boolean negated;

    /** @param variablesEnabled whether ${...} in the resource part is a policy variable (Version 2012-10-17) */
    ResourceElement(List<String> patterns, boolean negated, boolean variablesEnabled) {
        this.patterns = patterns.stream().map(p -> ArnPattern.compile(p, variablesEnabled, false)).toList();
        this.negated = negated;
    }

    /** True for NotResource. */
    public boolean negated() {
        return negated;
    }

    /** The patterns as written. */
    public List<String> patterns() {
        return patterns.stream().map(ArnPattern::source).toList();
    }

    /** Whether the element covers {@code resourceArn}: a pattern matches (Resource), or none does (NotResource). */
    public boolean covers(String resourceArn, RequestContext context) {
        for (ArnPattern pattern : patterns) {
            if (pattern.matches(resourceArn, context)) {
                return !negated;
            }
        }
        return negated;
    }

    public String describe() {
        return patterns().toString();
    }

    /**
     * The patterns with policy variables filled in for this request, "" when there are no variables: "(with
     * variables filled in: [arn:...:log-group:home-bob:*])".
     */
    String describeResolved(RequestContext context) {
        if (patterns.stream().noneMatch(ArnPattern::hasVariables)) {
            return "";
        }
        List<String> resolved = patterns.stream().map(p -> {
            String text = p.resolvedText(context);
            return text == null ? p.source() + " (a variable has no value: matches nothing)" : text;
        }).toList();
        return " (with variables filled in: " + resolved + ")";
    }
}
