package dev.flowsim.emulator.logs.filter;

/** Reads {@code OP VALUE} after a JSON selector or a space-delimited field name, counting regular expressions. */
final class ConditionParser {

    private final Cursor in;
    private int regexCount;

    ConditionParser(Cursor in) {
        this.in = in;
    }

    ValueCondition.Op operator() {
        in.skipBlanks();
        for (ValueCondition.Op op : new ValueCondition.Op[] {ValueCondition.Op.NE, ValueCondition.Op.LE,
                ValueCondition.Op.GE, ValueCondition.Op.EQ, ValueCondition.Op.LT, ValueCondition.Op.GT}) {
            if (in.startsWith(op.symbol)) {
                in.skip(op.symbol.length());
                return op;
            }
        }
        if (in.atEnd()) {
            throw InvalidFilterPatternException.syntax("expected a comparison operator at the end of the pattern");
        }
        throw InvalidFilterPatternException.invalidCharacter(in.peek());
    }

    ValueCondition value(ValueCondition.Op op) {
        in.skipBlanks();
        if (in.atEnd()) {
            throw InvalidFilterPatternException.syntax("expected a value after " + op.symbol);
        }
        if (in.peekIs('"')) {
            return ValueCondition.of(op, in.quoted(), true);
        }
        if (in.peekIs('%')) {
            regexCount++;
            return ValueCondition.regex(op, FilterRegex.compile(in.regexBody()));
        }
        StringBuilder bare = new StringBuilder();
        while (!in.atEnd() && !Character.isWhitespace(in.peek()) && ",]})&|".indexOf(in.peek()) < 0) {
            char c = in.next();
            if (c == '"' || c == '(' || c == '[' || c == '{' || c == '%' || c == '!' || c == '=' || c == '<'
                    || c == '>') {
                throw InvalidFilterPatternException.invalidCharacter(c);
            }
            bare.append(c);
        }
        if (bare.length() == 0) {
            throw InvalidFilterPatternException.invalidCharacter(in.peek());
        }
        return ValueCondition.of(op, bare.toString(), false);
    }

    int regexCount() {
        return regexCount;
    }
}
