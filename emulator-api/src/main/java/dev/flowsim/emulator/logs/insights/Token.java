package dev.flowsim.emulator.logs.insights;

/** One lexical token of a query, with its character range in the query text. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { IDENT, QUOTED_IDENT, NUMBER, DURATION, STRING, REGEX, SYMBOL, EOF }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }

    String describe() {
        return kind == Kind.EOF ? "end of query" : "'" + text + "'";
    }
}
