package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One aggregate of a {@code stats} command: {@code count(*)}, {@code count(f)}, {@code count_distinct},
 * {@code sum}, {@code avg}, {@code min}, {@code max}, {@code stddev}, {@code pct(f, p)}, {@code earliest},
 * {@code latest}. Non-numeric values (a flow log's {@code -}) are skipped by the numeric aggregates.
 *
 * @param column the result column: the {@code as} name, else the expression text as written, e.g. {@code count(*)}
 */
record Aggregate(String function, Expr arg, double percentile, String column) {

    static final Set<String> NAMES = Set.of("count", "count_distinct", "sum", "avg", "min", "max", "stddev", "pct",
            "earliest", "latest");

    static boolean isAggregate(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Accumulates one group's rows. */
    interface Accumulator {
        void add(Row row);

        Object result();

        /**
         * Adds another accumulator's rows of the same group (from another part of the scan), as if they had been
         * added here; only for functions whose answer does not depend on the order of the rows ({@link #mergeable}).
         */
        default void merge(Accumulator other) {
            throw new UnsupportedOperationException("not mergeable");
        }
    }

    /**
     * Whether partial results over disjoint parts of the events combine into exactly the sequential answer:
     * counts and distinct counts do; floating-point sums and averages depend on the order of addition, min/max keep
     * the first of equal values, and earliest/latest the newest row, so they stay on the sequential scan.
     */
    boolean mergeable() {
        return function.equals("count") || function.equals("count_distinct");
    }

    Accumulator newAccumulator() {
        return switch (function) {
            case "count" -> new Accumulator() {
                private long n;

                public void add(Row row) {
                    if (arg == null || arg.eval(row) != null) {
                        n++;
                    }
                }

                public Object result() {
                    return (double) n;
                }

                public void merge(Accumulator other) {
                    n += (long) (double) (Double) other.result();
                }
            };
            case "count_distinct" -> new Distinct(arg);
            case "min", "max" -> new Accumulator() {
                private Object best;

                public void add(Row row) {
                    Object v = arg.eval(row);
                    if (v != null && (best == null || (Values.compare(v, best) < 0) == function.equals("min")
                            && Values.compare(v, best) != 0)) {
                        best = v;
                    }
                }

                public Object result() {
                    return best;
                }
            };
            case "earliest", "latest" -> new Accumulator() {
                private Object value;
                private long at;

                public void add(Row row) {
                    Object v = arg.eval(row);
                    long t = row.event() == null ? 0 : row.event().timestamp();
                    boolean better = function.equals("earliest") ? t < at : t >= at;
                    if (v != null && (value == null || better)) {
                        value = v;
                        at = t;
                    }
                }

                public Object result() {
                    return value;
                }
            };
            default -> numeric();
        };
    }

    private Accumulator numeric() {
        return new Accumulator() {
            private final List<Double> kept = function.equals("pct") ? new ArrayList<>() : null;
            private long n;
            private double sum;
            private double sumSquares;

            public void add(Row row) {
                Double v = Values.number(arg.eval(row));
                if (v == null) {
                    return;
                }
                n++;
                sum += v;
                sumSquares += v * v;
                if (kept != null) {
                    kept.add(v);
                }
            }

            public Object result() {
                if (n == 0) {
                    return function.equals("sum") ? 0.0 : null;
                }
                return switch (function) {
                    case "sum" -> sum;
                    case "avg" -> sum / n;
                    // Sample standard deviation [U].
                    case "stddev" -> n < 2 ? 0.0 : Math.sqrt(Math.max(0, (sumSquares - sum * sum / n) / (n - 1)));
                    default -> nearestRank();
                };
            }

            private Double nearestRank() {
                kept.sort(null);
                int rank = (int) Math.ceil(percentile / 100.0 * kept.size());
                return kept.get(Math.max(0, Math.min(kept.size() - 1, rank - 1)));
            }
        };
    }

    /** {@code count_distinct}: the rendered values seen. */
    private static final class Distinct implements Accumulator {
        private final Expr arg;
        private final Set<String> seen = new HashSet<>();

        Distinct(Expr arg) {
            this.arg = arg;
        }

        public void add(Row row) {
            Object v = arg.eval(row);
            if (v != null) {
                seen.add(Values.render(v));
            }
        }

        public Object result() {
            return (double) seen.size();
        }

        public void merge(Accumulator other) {
            seen.addAll(((Distinct) other).seen);
        }
    }
}
