package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** The stages behind the commands that need more than a few lines. */
final class Stages {

    private Stages() {
    }

    static List<String> union(List<String> before, List<String> added) {
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(added);
        return List.copyOf(all);
    }

    /** {@code fields} / {@code display}: computes expressions into the row. */
    static final class Assign implements Stage {
        private final List<Command.Named> fields;
        private final Stage next;

        Assign(List<Command.Named> fields, Stage next) {
            this.fields = fields;
            this.next = next;
        }

        public void accept(Row row) {
            for (Command.Named f : fields) {
                // `fields srcAddr` would copy the value onto itself: the row already reads it (lazily) from its event.
                if (!(f.expr() instanceof Expr.FieldRef ref && ref.name().equals(f.name()))) {
                    row.set(f.name(), f.expr().eval(row));
                }
            }
            next.accept(row);
        }

        public void finish() {
            next.finish();
        }
    }

    /** {@code stats}: one accumulator set per group, emitted in order of first appearance. */
    static final class Stats implements Stage {
        private final Command.Stats command;
        private final Stage next;
        private final Map<List<Object>, Aggregate.Accumulator[]> groups = new LinkedHashMap<>();
        private final Map<List<Object>, List<Object>> keyValues = new LinkedHashMap<>();

        Stats(Command.Stats command, Stage next) {
            this.command = command;
            this.next = next;
            this.keys = new GroupValues(command.groupBy());
        }

        /** Reused to look a row's group up; copied only when the group is new. */
        private final List<Object> probe = new ArrayList<>();
        private final List<Object> probeValues = new ArrayList<>();
        private final GroupValues keys;

        public void accept(Row row) {
            probe.clear();
            probeValues.clear();
            for (int i = 0; i < keys.size(); i++) {
                Object v = keys.value(i, row);
                probeValues.add(v);
                probe.add(groupKey(v));
            }
            Aggregate.Accumulator[] accumulators = groups.get(probe);
            if (accumulators == null) {
                List<Object> key = new ArrayList<>(probe);
                keyValues.put(key, new ArrayList<>(probeValues));
                accumulators = command.aggregates().stream().map(Aggregate::newAccumulator)
                        .toArray(Aggregate.Accumulator[]::new);
                groups.put(key, accumulators);
            }
            for (Aggregate.Accumulator a : accumulators) {
                a.add(row);
            }
        }

        /**
         * What rows of one group share: the rendered value, except that text and timestamps (the usual keys: fields
         * and {@code bin()}) are their own keys, which saves formatting a date per event. A key expression yields
         * one type, so this groups exactly as comparing the rendered values would.
         */
        static Object groupKey(Object v) {
            return v == null || v instanceof String || v instanceof Timestamp ? v : Values.render(v);
        }

        public void finish() {
            groups.forEach((key, accumulators) -> emit(command, keyValues.get(key), accumulators, next));
            next.finish();
        }

        /** One result row of a group: its key values under the group-by names, then each aggregate's column. */
        static void emit(Command.Stats command, List<Object> values, Aggregate.Accumulator[] accumulators,
                         Stage next) {
            Row out = new Row(null);
            for (int i = 0; i < values.size(); i++) {
                out.set(command.groupBy().get(i).name(), values.get(i));
            }
            for (int i = 0; i < accumulators.length; i++) {
                out.set(command.aggregates().get(i).column(), accumulators[i].result());
            }
            next.accept(out);
        }
    }

    /**
     * {@code sort}: stable; absent values sort last whatever the direction [U]. Each row's keys are computed once.
     * Followed directly by {@code limit n}, it keeps only the best n rows in a bounded heap while rows arrive
     * (the same rows, in the same order, as sorting everything and cutting), so memory does not grow with the
     * events matched.
     */
    static final class Sort implements Stage {
        private record Entry(Row row, Object[] keys, long arrival) {
        }

        private final List<Command.SortKey> keys;
        private final Comparator<Entry> order;
        private final Stage next;
        private final long keep;
        private final List<Entry> all = new ArrayList<>();
        private final PriorityQueue<Entry> best;
        private long arrivals;

        Sort(List<Command.SortKey> keys, Stage next) {
            this(keys, next, Long.MAX_VALUE);
        }

        Sort(List<Command.SortKey> keys, Stage next, long keep) {
            this.keys = keys;
            Comparator<Entry> byKeys = (a, b) -> {
                for (int i = 0; i < keys.size(); i++) {
                    int c = compareKey(keys.get(i).descending(), a.keys()[i], b.keys()[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            this.order = byKeys.thenComparingLong(Entry::arrival);
            this.next = next;
            this.keep = keep;
            this.best = keep < Integer.MAX_VALUE ? new PriorityQueue<>(order.reversed()) : null;
        }

        static int compareKey(boolean descending, Object x, Object y) {
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            int c = Values.compare(x, y);
            return descending ? -c : c;
        }

        public void accept(Row row) {
            Object[] values = new Object[keys.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = keys.get(i).expr().eval(row);
            }
            Entry entry = new Entry(row, values, arrivals++);
            if (best == null) {
                all.add(entry);
                return;
            }
            if (best.size() < keep) {
                best.add(entry);
            } else if (keep > 0 && order.compare(entry, best.peek()) < 0) {
                best.poll();
                best.add(entry);
            }
        }

        public void finish() {
            List<Entry> rows = best == null ? all : new ArrayList<>(best);
            rows.sort(order);
            rows.forEach(e -> next.accept(e.row()));
            all.clear();
            if (best != null) {
                best.clear();
            }
            next.finish();
        }
    }

    static final class Limit implements Stage {
        private final Stage next;
        private long remaining;

        Limit(long count, Stage next) {
            this.remaining = count;
            this.next = next;
        }

        public void accept(Row row) {
            if (remaining > 0) {
                remaining--;
                next.accept(row);
            }
        }

        public void finish() {
            next.finish();
        }
    }

    /** {@code dedup}: the first row of each key combination; rows with an absent key value always pass. */
    static final class Dedup implements Stage {
        private final List<Expr> keys;
        private final Stage next;
        private final Set<List<String>> seen = new HashSet<>();

        Dedup(List<Expr> keys, Stage next) {
            this.keys = keys;
            this.next = next;
        }

        public void accept(Row row) {
            List<String> key = new ArrayList<>(keys.size());
            for (Expr k : keys) {
                Object v = k.eval(row);
                if (v == null) {
                    next.accept(row);
                    return;
                }
                key.add(Values.render(v));
            }
            if (seen.add(key)) {
                next.accept(row);
            }
        }

        public void finish() {
            next.finish();
        }
    }
}
