package dev.flowsim.emulator.iam;

/**
 * One entry of Action/NotAction: "service:Name" compared case-insensitively, with '*' and '?' wildcards
 * ({@code logs:Put*}, {@code iam:*RolePolicy}); "*" alone matches every action. Without a wildcard the match is
 * exact, never a prefix.
 */
final class ActionPattern {

    private final String source;
    private final PatternTemplate template;

    private ActionPattern(String source) {
        this.source = source;
        this.template = PatternTemplate.compile(source, true, false);
    }

    static ActionPattern compile(String source) {
        return new ActionPattern(source);
    }

    String source() {
        return source;
    }

    boolean matches(String action) {
        return template.matches(action, RequestContext.empty(), true);
    }

    @Override
    public String toString() {
        return source;
    }
}
