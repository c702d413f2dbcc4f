package dev.flowsim.emulator.logs.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * An unstructured pattern: terms that must all occur ({@code ERROR Exception}), terms that must not
 * ({@code -Exiting}), and {@code ?} terms of which at least one must occur. A term is a case-sensitive substring;
 * one with anything but letters, digits and {@code _} must be double-quoted. Mixing {@code ?} terms with plain
 * terms is undocumented: flowsim requires every plain term and at least one {@code ?} term [U].
 */
final class TermPattern implements PatternMatcher {

    private final List<String> required;
    private final List<String> excluded;
    private final List<String> anyOf;

    private TermPattern(List<String> required, List<String> excluded, List<String> anyOf) {
        this.required = required;
        this.excluded = excluded;
        this.anyOf = anyOf;
    }

    static TermPattern parse(String pattern) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> anyOf = new ArrayList<>();
        Cursor in = new Cursor(pattern);
        in.skipBlanks();
        while (!in.atEnd()) {
            List<String> target = required;
            if (in.peekIs('?')) {
                in.skip(1);
                target = anyOf;
            } else if (in.peekIs('-')) {
                in.skip(1);
                target = excluded;
            }
            target.add(term(in));
            in.skipBlanks();
        }
        return new TermPattern(List.copyOf(required), List.copyOf(excluded), List.copyOf(anyOf));
    }

    private static String term(Cursor in) {
        if (in.peekIs('"')) {
            String phrase = in.quoted();
            if (!in.atEnd() && !Character.isWhitespace(in.peek())) {
                throw InvalidFilterPatternException.invalidCharacter(in.peek());
            }
            return phrase;
        }
        StringBuilder term = new StringBuilder();
        while (!in.atEnd() && !Character.isWhitespace(in.peek())) {
            char c = in.next();
            if (!Character.isLetterOrDigit(c) && c != '_') {
                throw InvalidFilterPatternException.invalidCharacter(c);
            }
            term.append(c);
        }
        if (term.length() == 0) {
            throw InvalidFilterPatternException.syntax("a '?' or '-' must be followed by a term");
        }
        return term.toString();
    }

    @Override
    public PatternMatch match(String message) {
        for (String term : required) {
            if (!message.contains(term)) {
                return null;
            }
        }
        for (String term : excluded) {
            if (message.contains(term)) {
                return null;
            }
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(message::contains)) {
            return null;
        }
        return PatternMatch.NO_FIELDS;
    }
}
