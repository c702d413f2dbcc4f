package dev.flowsim.emulator.logs.insights;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How query values compare and print. Values are strings (from events), doubles, booleans or {@link Timestamp}s;
 * null is "absent". A string that looks like a number compares numerically with a number (so {@code protocol = 6}
 * matches the flow-log text {@code 6}); a flow log's {@code -} is not a number and never satisfies a numeric test.
 */
final class Values {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Values() {
    }

    /** The value as a number, or null when it is not one. */
    static Double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Timestamp t) {
            return (double) t.millis();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof String s && mayBeNumber(s)) {
            long digits = plainDigits(s);
            if (digits >= 0) {
                return (double) digits;
            }
            if (NUMBER.matcher(s).matches()) {
                return Double.parseDouble(s);
            }
        }
        return null;
    }

    /** A cheap pre-check: every number starts with a digit, sign or point and ends with a digit or point. */
    private static boolean mayBeNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return (first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')
                && (last >= '0' && last <= '9' || last == '.');
    }

    /** The value of 1 to 15 ASCII digits (exact as a double), or -1 for anything else. */
    private static long plainDigits(String s) {
        int n = s.length();
        if (n > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** Orders two present values: numerically when both are numbers, else as text. */
    static int compare(Object a, Object b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return render(a).compareTo(render(b));
    }

    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        return compare(a, b) == 0;
    }

    static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        return value != null && !value.toString().isEmpty();
    }

    /**
     * The text GetQueryResults shows: timestamps {@code yyyy-MM-dd HH:mm:ss.SSS} UTC, integral numbers without a
     * fraction, booleans as {@code 1}/{@code 0} [U].
     */
    static String render(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return String.valueOf(value);
    }
}
