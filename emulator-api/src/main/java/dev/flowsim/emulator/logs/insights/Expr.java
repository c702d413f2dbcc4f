package dev.flowsim.emulator.logs.insights;

/** A compiled expression: evaluates to a value (null when absent) for a row. */
@FunctionalInterface
interface Expr {

    Object eval(Row row);

    static Expr literal(Object value) {
        return row -> value;
    }

    static Expr field(String name) {
        return row -> row.get(name);
    }
}
