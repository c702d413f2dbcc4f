package dev.flowsim.emulator.logs.filter;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A compiled CloudWatch Logs filter pattern, as FilterLogEvents, metric filters, subscription filters and
 * TestMetricFilter use it. The first non-blank character picks the kind: {@code {} JSON, {@code [} space-delimited,
 * {@code %} a standalone regular expression, anything else unstructured terms; a blank pattern matches everything.
 * Compile once, then match any number of messages from any thread.
 */
public final class FilterPattern {

    /** AWS allows at most this many regular expressions in one pattern. */
    public static final int MAX_REGEXES = 2;

    private static final PatternMatcher EVERYTHING = message -> PatternMatch.NO_FIELDS;

    private final String source;
    private final PatternMatcher matcher;

    private FilterPattern(String source, PatternMatcher matcher) {
        this.source = source;
        this.matcher = matcher;
    }

    /**
     * @throws InvalidFilterPatternException with the message AWS's InvalidParameterException carries
     */
    public static FilterPattern compile(String pattern) {
        String trimmed = pattern == null ? "" : pattern.strip();
        PatternMatcher matcher;
        if (trimmed.isEmpty()) {
            matcher = EVERYTHING;
        } else if (trimmed.startsWith("{")) {
            matcher = JsonPattern.parse(trimmed);
        } else if (trimmed.startsWith("[")) {
            matcher = DelimitedPattern.parse(trimmed);
        } else if (trimmed.startsWith("%")) {
            matcher = standaloneRegex(trimmed);
        } else {
            matcher = TermPattern.parse(trimmed);
        }
        if (matcher.regexCount() > MAX_REGEXES) {
            // [U] AWS's exact text for this quota has not been observed.
            throw new InvalidFilterPatternException("Invalid filter pattern: at most " + MAX_REGEXES
                    + " regular expressions are allowed in one filter pattern");
        }
        return new FilterPattern(pattern == null ? "" : pattern, matcher);
    }

    private static PatternMatcher standaloneRegex(String trimmed) {
        if (trimmed.length() < 2 || !trimmed.endsWith("%")) {
            throw InvalidFilterPatternException.syntax("a regular expression must end with '%'");
        }
        Pattern regex = FilterRegex.compile(trimmed.substring(1, trimmed.length() - 1));
        return new PatternMatcher() {
            @Override
            public PatternMatch match(String message) {
                return regex.matcher(message).find() ? PatternMatch.NO_FIELDS : null;
            }

            @Override
            public int regexCount() {
                return 1;
            }
        };
    }

    public boolean matches(String message) {
        return matcher.match(message) != null;
    }

    /**
     * {@link #matches(String)} for a message given as UTF-8 bytes: a space-delimited pattern first rules out a
     * message that lacks a text one of its {@code =} conditions requires, then tests an ASCII message in place; any
     * other case decodes the message first.
     */
    public boolean matches(byte[] utf8, int offset, int length) {
        if (matcher == EVERYTHING) {
            return true;
        }
        if (matcher instanceof DelimitedPattern delimited) {
            if (!delimited.mayMatch(utf8, offset, length)) {
                return false;
            }
            int decided = delimited.matchesAscii(utf8, offset, length);
            if (decided != DelimitedPattern.UNDECIDED) {
                return decided == DelimitedPattern.MATCH;
            }
        }
        return matches(new String(utf8, offset, length, StandardCharsets.UTF_8));
    }

    /** The match with its extractable values, or null when the message does not match. */
    public PatternMatch match(String message) {
        return matcher.match(message);
    }

    /** Whether the pattern holds a regular expression (AWS caps regex-bearing filters per log group). */
    public boolean usesRegex() {
        return matcher.regexCount() > 0;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
