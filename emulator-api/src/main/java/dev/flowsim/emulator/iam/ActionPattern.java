package dev.flowsim.emulator.iam;

/**
 * One entry of Action/NotAction: "service:Name" compared case-insensitively, with '*' and '?' wildcards
 * ({@code logs:Put*}, {@code iam:*RolePolicy}); "*" alone matches every action. Without a wildcard the match is
 * exact, never a prefix. The usual shapes (every action, a literal action, a literal start followed by one '*') are
 * matched by plain comparison; the rest by the wildcard matcher.
 */
final class ActionPattern {

    private enum Shape { EVERY, LITERAL, PREFIX, GENERAL }

    private final String source;
    private final PatternTemplate template;
    private final Shape shape;
    /** The literal action (LITERAL) or the text before the one trailing '*' (PREFIX). */
    private final String literal;
    /** {@code literal}'s first character in lower case: most patterns of other services differ there. */
    private final char firstLower;

    private ActionPattern(String source) {
        this.source = source;
        this.template = PatternTemplate.compile(source, true, false);
        String start = template.literalPrefix();
        if (source.equals("*")) {
            shape = Shape.EVERY;
        } else if (template.isLiteral()) {
            shape = Shape.LITERAL;
        } else if (!start.isEmpty() && source.length() == start.length() + 1 && source.endsWith("*")) {
            shape = Shape.PREFIX;
        } else {
            shape = Shape.GENERAL;
        }
        this.literal = start;
        this.firstLower = start.isEmpty() ? 0 : Character.toLowerCase(start.charAt(0));
    }

    static ActionPattern compile(String source) {
        return new ActionPattern(source);
    }

    String source() {
        return source;
    }

    boolean matches(String action) {
        return switch (shape) {
            case EVERY -> true;
            case LITERAL -> action.length() == literal.length() && startsFolded(action);
            case PREFIX -> action.length() >= literal.length() && startsFolded(action);
            case GENERAL -> template.matches(action, RequestContext.empty(), true);
        };
    }

    /** Whether the action starts with {@code literal}, ignoring case: exact spelling first, then folded. */
    private boolean startsFolded(String action) {
        if (literal.isEmpty()) {
            return true;
        }
        if (Character.toLowerCase(action.charAt(0)) != firstLower) {
            return false;
        }
        return action.startsWith(literal) || foldsAlike(action);
    }

    /** {@link PatternTemplate}'s rule for one character: equal, or equal in lower case. */
    private boolean foldsAlike(String action) {
        for (int i = 0; i < literal.length(); i++) {
            char a = literal.charAt(i);
            char b = action.charAt(i);
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return source;
    }
}
