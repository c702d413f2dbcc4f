package dev.flowsim.emulator.iam;

import java.math.BigDecimal;

/**
 * The Numeric operators: integers or decimals compared as numbers ({@code 300.0} equals {@code 300}). No wildcards,
 * no policy variables. A request value that is not a number matches no policy value.
 */
final class NumericComparison extends ValueComparison {

    /** How a request value must relate to a policy value. */
    enum Relation {
        EQUAL("", 0, 0), LESS("< ", -1, -1), LESS_OR_EQUAL("<= ", -1, 0),
        GREATER("> ", 1, 1), GREATER_OR_EQUAL(">= ", 0, 1);

        private final String symbol;
        private final int lowest;
        private final int highest;

        Relation(String symbol, int lowest, int highest) {
            this.symbol = symbol;
            this.lowest = lowest;
            this.highest = highest;
        }

        /** Whether {@code compareTo} of request value against policy value satisfies the relation. */
        boolean holds(int comparison) {
            int sign = Integer.signum(comparison);
            return sign >= lowest && sign <= highest;
        }
    }

    private final Relation relation;

    NumericComparison(Relation relation, boolean negated) {
        super(negated);
        this.relation = relation;
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        BigDecimal limit = parse(policyValue);
        if (limit == null) {
            throw new UnevaluableConditionException("policy value '" + policyValue + "' is not a number");
        }
        return (requestValue, context) -> {
            BigDecimal actual = parse(requestValue);
            return actual != null && relation.holds(actual.compareTo(limit));
        };
    }

    @Override
    protected String relation() {
        return relation.symbol;
    }

    /** A decimal number as IAM writes them (no exponent, no hexadecimal), or null. */
    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || (c == '-' || c == '+') && i == 0)) {
                return null;
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
