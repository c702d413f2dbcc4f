package dev.flowsim.emulator.logs.filter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One comparison against a field's text, shared by JSON and space-delimited patterns: {@code = value},
 * {@code != value} (string, with {@code *} wildcards at either end; a bare {@code *} means "present"), a number
 * with any of {@code = != < > <= >=}, or {@code = %regex%}.
 */
final class ValueCondition {

    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean ordering() {
            return this != EQ && this != NE;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Op op;
    private final String text;
    private final BigDecimal number;
    /** The number when it is an integer within a long, for the common case of comparing digits; else null. */
    private final Long integer;
    private final Pattern regex;
    private final boolean quoted;

    private ValueCondition(Op op, String text, BigDecimal number, Pattern regex, boolean quoted) {
        this.op = op;
        this.text = text;
        this.number = number;
        this.integer = integralValue(number);
        this.regex = regex;
        this.quoted = quoted;
    }

    static ValueCondition of(Op op, String literal, boolean quoted) {
        BigDecimal number = !quoted && isNumber(literal) ? new BigDecimal(literal) : null;
        // Quoted values compare as strings (wildcards included); a bare "*" tests presence.
        if (op.ordering() && number == null) {
            throw InvalidFilterPatternException.syntax("operator " + op.symbol + " needs a number, got " + literal);
        }
        return new ValueCondition(op, literal, number, null, quoted);
    }

    static ValueCondition regex(Op op, Pattern regex) {
        if (op != Op.EQ && op != Op.NE) {
            throw InvalidFilterPatternException.syntax("a regular expression can only be compared with = or !=");
        }
        return new ValueCondition(op, null, null, regex, false);
    }

    private static Long integralValue(BigDecimal number) {
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** Whether the value (null when the field is absent) satisfies the condition. */
    boolean test(String value) {
        if (value == null) {
            return false;
        }
        if (regex != null) {
            return regex.matcher(value).find() == (op == Op.EQ);
        }
        if (number != null) {
            int c;
            long digits = integer == null ? -1 : plainDigits(value);
            if (digits >= 0) {
                c = Long.compare(digits, integer);
            } else if (!isNumber(value)) {
                // A non-numeric token such as a NODATA record's "-" never satisfies a numeric comparison. [U] for !=.
                return op == Op.NE;
            } else {
                c = new BigDecimal(value).compareTo(number);
            }
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
        return wildcardEquals(value) == (op == Op.EQ);
    }

    /** The value of 1 to 18 ASCII digits (what flow-log numbers are), or -1 for anything else. */
    private static long plainDigits(String value) {
        int n = value.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private boolean wildcardEquals(String value) {
        if (text.equals("*")) {
            return true;
        }
        boolean leading = text.startsWith("*");
        boolean trailing = text.length() > 1 && text.endsWith("*");
        if (!leading && !trailing) {
            return value.equals(text);
        }
        String core = text.substring(leading ? 1 : 0, text.length() - (trailing ? 1 : 0));
        if (leading && trailing) {
            return value.contains(core);
        }
        if (leading) {
            return value.endsWith(core);
        }
        if (trailing) {
            return value.startsWith(core);
        }
        return value.equals(core);
    }

    /**
     * Text every value that satisfies this condition contains, as ASCII (so its bytes appear in any message holding
     * such a value), or null: an {@code =} string comparison's text without its wildcards.
     */
    String requiredText() {
        if (op != Op.EQ || regex != null || number != null || text.equals("*")) {
            return null;
        }
        String core = text.replaceAll("^\\*|\\*$", "");
        return core.isEmpty() || !core.chars().allMatch(c -> c < 0x7f) ? null : core;
    }

    boolean usesRegex() {
        return regex != null;
    }
}
