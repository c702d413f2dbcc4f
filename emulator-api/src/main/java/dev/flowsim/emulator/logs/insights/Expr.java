package dev.flowsim.emulator.logs.insights;

/** A compiled expression: evaluates to a value (null when absent) for a row. */
@FunctionalInterface
interface Expr {

    Object eval(Row row);

    static Expr literal(Object value) {
        return row -> value;
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

    /** {@code bin(period)}: {@code @timestamp} rounded down to the period; recognisable so stats can reuse bins. */
    record Bin(long period) implements Expr {
        @Override
        public Object eval(Row row) {
            Object t = row.get("@timestamp");
            return t instanceof Timestamp ts ? new Timestamp(Periods.floor(ts.millis(), period)) : null;
        }
    }
}
