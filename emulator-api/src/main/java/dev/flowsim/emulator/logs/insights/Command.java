package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed query command; each becomes a {@link Stage} and may change which fields the results show. */
sealed interface Command {

    Stage stage(Stage next);

    /** The fields shown after this command, given those shown before it. */
    default List<String> visible(List<String> before) {
        return before;
    }

    /** Whether the command works on each event alone (so events passing it still count as matched). */
    default boolean perEvent() {
        return false;
    }

    /** An expression with the name it gets in a result row. */
    record Named(String name, Expr expr) {
    }

    record Fields(List<Named> fields) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Assign(fields, next);
        }

        public List<String> visible(List<String> before) {
            return Stages.union(before, fields.stream().map(Named::name).toList());
        }

        public boolean perEvent() {
            return true;
        }
    }

    record Display(List<Named> fields) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Assign(fields, next);
        }

        public List<String> visible(List<String> before) {
            return fields.stream().map(Named::name).toList();
        }

        public boolean perEvent() {
            return true;
        }
    }

    record Filter(Expr condition) implements Command {
        public Stage stage(Stage next) {
            return new Stage() {
                public void accept(Row row) {
                    if (Values.truthy(condition.eval(row))) {
                        next.accept(row);
                    }
                }

                public void finish() {
                    next.finish();
                }
            };
        }

        public boolean perEvent() {
            return true;
        }
    }

    /** {@code parse}: a glob (one {@code *} per name) or a regex with named groups; no match leaves fields unset. */
    record Parse(Expr source, Pattern pattern, List<String> names, boolean namedGroups) implements Command {
        public Stage stage(Stage next) {
            return new Stage() {
                public void accept(Row row) {
                    Object text = source.eval(row);
                    if (text != null) {
                        Matcher m = pattern.matcher(Values.render(text));
                        if (m.find()) {
                            for (int i = 0; i < names.size(); i++) {
                                row.set(names.get(i), namedGroups ? m.group(names.get(i)) : m.group(i + 1));
                            }
                        }
                    }
                    next.accept(row);
                }

                public void finish() {
                    next.finish();
                }
            };
        }

        public List<String> visible(List<String> before) {
            return Stages.union(before, names);
        }

        public boolean perEvent() {
            return true;
        }
    }

    record Stats(List<Aggregate> aggregates, List<Named> groupBy) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Stats(this, next);
        }

        public List<String> visible(List<String> before) {
            List<String> columns = new ArrayList<>(groupBy.stream().map(Named::name).toList());
            aggregates.forEach(a -> columns.add(a.column()));
            return columns;
        }
    }

    record SortKey(Expr expr, boolean descending) {
    }

    record Sort(List<SortKey> keys) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Sort(keys, next);
        }

        /** A sort directly followed by {@code limit keep}: only the first {@code keep} rows are kept while sorting. */
        Stage stage(Stage next, long keep) {
            return new Stages.Sort(keys, next, keep);
        }
    }

    record Limit(long count) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Limit(count, next);
        }
    }

    record Dedup(List<Expr> keys) implements Command {
        public Stage stage(Stage next) {
            return new Stages.Dedup(keys, next);
        }
    }
}
