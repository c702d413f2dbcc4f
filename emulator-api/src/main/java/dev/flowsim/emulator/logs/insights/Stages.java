package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
                row.set(f.name(), f.expr().eval(row));
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
        }

        public void accept(Row row) {
            List<Object> values = new ArrayList<>(command.groupBy().size());
            List<Object> key = new ArrayList<>(command.groupBy().size());
            for (Command.Named g : command.groupBy()) {
                Object v = g.expr().eval(row);
                values.add(v);
                key.add(v == null ? null : Values.render(v));
            }
            Aggregate.Accumulator[] accumulators = groups.computeIfAbsent(key, k -> {
                keyValues.put(k, values);
                return command.aggregates().stream().map(Aggregate::newAccumulator)
                        .toArray(Aggregate.Accumulator[]::new);
            });
            for (Aggregate.Accumulator a : accumulators) {
                a.add(row);
            }
        }

        public void finish() {
            groups.forEach((key, accumulators) -> {
                Row out = new Row(null);
                List<Object> values = keyValues.get(key);
                for (int i = 0; i < values.size(); i++) {
                    out.set(command.groupBy().get(i).name(), values.get(i));
                }
                for (int i = 0; i < accumulators.length; i++) {
                    out.set(command.aggregates().get(i).column(), accumulators[i].result());
                }
                next.accept(out);
            });
            next.finish();
        }
    }

    /** {@code sort}: stable; absent values sort last whatever the direction [U]. */
    static final class Sort implements Stage {
        private final Comparator<Row> order;
        private final Stage next;
        private final List<Row> rows = new ArrayList<>();

        Sort(List<Command.SortKey> keys, Stage next) {
            Comparator<Row> order = (a, b) -> 0;
            for (Command.SortKey key : keys) {
                order = order.thenComparing((a, b) -> compareKey(key, a, b));
            }
            this.order = order;
            this.next = next;
        }

        private static int compareKey(Command.SortKey key, Row a, Row b) {
            Object x = key.expr().eval(a);
            Object y = key.expr().eval(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            int c = Values.compare(x, y);
            return key.descending() ? -c : c;
        }

        public void accept(Row row) {
            rows.add(row);
        }

        public void finish() {
            rows.sort(order);
            rows.forEach(next::accept);
            rows.clear();
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
