package dev.flowsim.emulator.logs.insights;

/** A compiled expression: evaluates to a value (null when absent) for a row. */
@FunctionalInterface
interface Expr {

    Object eval(Row row);

    static Expr literal(Object value) {
        return new Literal(value);
    }

    static Expr field(String name) {
        return new FieldRef(name);
    }

    /** A bare field name: recognisable, so {@code fields srcAddr} need not copy the value into the row. */
    record FieldRef(String name) implements Expr {
        @Override
        public Object eval(Row row) {
            return row.get(name);
        }
    }

    /** A constant; recognisable so a comparison with text can be checked on the stored bytes first. */
    record Literal(Object value) implements Expr {
        @Override
        public Object eval(Row row) {
            return value;
        }
    }

    /**
     * {@code field = 'text'} where the text is not a number: exactly what the general comparison answers (the
     * value, rendered, equals the text), recognisable so a scan can rule events out on their bytes
     * ({@link RowPrecheck}).
     */
    record TextEquals(String field, String text) implements Expr {
        @Override
        public Object eval(Row row) {
            Object value = row.get(field);
            return value != null && Values.render(value).equals(text);
        }
    }

    /** {@code bin(period)}: {@code @timestamp} rounded down to the period; recognisable so stats can reuse bins. */
    record Bin(long period) implements Expr {
        @Override
        public Object eval(Row row) {
            Object t = row.get("@timestamp");
            return t instanceof Timestamp ts ? new Timestamp(Periods.floor(ts.millis(), period)) : null;
        }
    }
}
