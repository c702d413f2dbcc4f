package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens. Field names may contain {@code @} and {@code .} or be wrapped in backticks; strings
 * take single or double quotes; {@code #} starts a comment line; {@code 5m}-style periods are one token. A slash
 * starts a regular expression where an operand is expected after {@code like}, {@code =~}, {@code parse <field>},
 * an opening parenthesis or a comma, and divides everywhere else.
 */
final class QueryLexer {

    private static final String[] SYMBOLS = {"!=", "<=", ">=", "=~", "||", "&&", "|", ",", "(", ")", "[", "]", "=",
        "<", ">", "+", "-", "*", "/", "%", "^"};

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private QueryLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        QueryLexer lexer = new QueryLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipBlanksAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.EOF, "", pos, pos));
                return;
            }
            char c = text.charAt(pos);
            int start = pos;
            if (Character.isLetter(c) || c == '_' || c == '@') {
                while (pos < text.length() && isNameChar(text.charAt(pos))) {
                    pos++;
                }
                add(Token.Kind.IDENT, text.substring(start, pos), start);
            } else if (c == '`') {
                int end = text.indexOf('`', pos + 1);
                if (end < 0) {
                    throw new MalformedQueryException("Unterminated backtick field name at position " + start, start,
                            text.length());
                }
                pos = end + 1;
                add(Token.Kind.QUOTED_IDENT, text.substring(start + 1, end), start);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length()
                    && Character.isDigit(text.charAt(pos + 1)))) {
                number(start);
            } else if (c == '"' || c == '\'') {
                add(Token.Kind.STRING, quoted(c), start);
            } else if (c == '/' && regexExpected()) {
                add(Token.Kind.REGEX, regex(), start);
            } else {
                symbol(start);
            }
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '.';
    }

    private void skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void number(int start) {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E') && pos + 1 < text.length()
                && (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '-')) {
            pos += 2;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        int unitStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        add(pos > unitStart ? Token.Kind.DURATION : Token.Kind.NUMBER, text.substring(start, pos), start);
    }

    private String quoted(char quote) {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        throw new MalformedQueryException("Unterminated string starting at position " + start, start, text.length());
    }

    private String regex() {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '/') {
                return out.toString();
            }
            if (c == '\\' && pos < text.length() && text.charAt(pos) == '/') {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        throw new MalformedQueryException("Unterminated regular expression starting at position " + start, start,
                text.length());
    }

    private boolean regexExpected() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        if (previous.isKeyword("like") || previous.is("=~") || previous.is("(") || previous.is(",")
                || previous.isKeyword("parse")) {
            return true;
        }
        return tokens.size() >= 2 && tokens.get(tokens.size() - 2).isKeyword("parse");
    }

    private void symbol(int start) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                add(Token.Kind.SYMBOL, symbol, start);
                return;
            }
        }
        throw new MalformedQueryException("Unexpected character '" + text.charAt(pos) + "' at position " + pos, pos,
                pos + 1);
    }

    private void add(Token.Kind kind, String value, int start) {
        tokens.add(new Token(kind, value, start, pos));
    }
}
