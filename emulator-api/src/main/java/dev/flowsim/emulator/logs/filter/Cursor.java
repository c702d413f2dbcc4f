package dev.flowsim.emulator.logs.filter;

/** A read position in pattern text, with the small lexing steps every pattern kind shares. */
final class Cursor {

    private final String text;
    private int pos;

    Cursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    char next() {
        return text.charAt(pos++);
    }

    void skip(int n) {
        pos += n;
    }

    void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Consumes {@code s} (after blanks) when it comes next. */
    boolean accept(String s) {
        skipBlanks();
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    void expect(String s, String context) {
        if (!accept(s)) {
            throw InvalidFilterPatternException.syntax("expected '" + s + "' " + context + " at position " + pos);
        }
    }

    /** A double-quoted string; the cursor is on the opening quote. Backslash escapes the next character. */
    String quoted() {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        throw InvalidFilterPatternException.syntax("unterminated quoted string starting at position " + start);
    }

    /** A {@code %regex%}; the cursor is on the opening percent sign. Returns the text between the signs. */
    String regexBody() {
        int start = pos;
        int end = text.indexOf('%', pos + 1);
        if (end < 0) {
            throw InvalidFilterPatternException.syntax("unterminated regular expression starting at position " + start);
        }
        pos = end + 1;
        return text.substring(start + 1, end);
    }

    int position() {
        return pos;
    }

    String rest() {
        return text.substring(pos);
    }
}
