package dev.flowsim.emulator.logs.filter;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions filter patterns accept between {@code %} signs. AWS allows letters, digits, the symbols
 * {@code _ # = @ / ; , - :} and the operators {@code ^ $ ? [ ] { } | \ * + .}; it refuses groups (parentheses),
 * other symbols (spaces included) and multi-byte characters. {@code \x28}-style escapes reach the refused ones.
 * Matching is "found anywhere", so anchors mean what they say.
 */
final class FilterRegex {

    private static final String ALLOWED_SYMBOLS = "_#=@/;,-:^$?[]{}|\\*+.";

    private FilterRegex() {
    }

    static Pattern compile(String body) {
        if (body.isEmpty()) {
            throw InvalidFilterPatternException.syntax("empty regular expression");
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean asciiAlnum = c < 128 && Character.isLetterOrDigit(c);
            if (!asciiAlnum && ALLOWED_SYMBOLS.indexOf(c) < 0) {
                throw InvalidFilterPatternException.invalidCharacter(c);
            }
        }
        try {
            return Pattern.compile(body);
        } catch (PatternSyntaxException e) {
            throw InvalidFilterPatternException.syntax("invalid regular expression %" + body + "%");
        }
    }
}
