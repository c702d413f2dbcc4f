package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Runs a query whose first grouping command is a {@code stats} of order-independent aggregates over several
 * partitions of the events at once (one per log stream), with the answer {@link QueryEngine#run} gives on the
 * merged newest-first order: the same rows in the same order and the same statistics.
 * <p>
 * Each partition is read newest first, so the first event of a group in a partition is that partition's newest
 * of the group. Merged, a group's newest event decides where it appears (first appearance in the newest-first
 * order) and whose key values it shows; counts add up. No merge heap is needed.
 * <p>
 * The calling thread and the helpers share the partitions out through {@link ParallelScan}: a busy executor (or one
 * that never runs tasks) costs nothing but parallelism, and cannot deadlock even when it is the executor the caller
 * runs on.
 */
public final class PartitionedStats {

    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private PartitionedStats() {
    }

    /** Whether {@link #run} applies: the first grouping command is a {@code stats} of mergeable aggregates. */
    public static boolean applies(Query query) {
        List<Command> commands = query.commands();
        int first = QueryEngine.firstGrouping(commands);
        return first < commands.size() && commands.get(first) instanceof Command.Stats stats
                && stats.aggregates().stream().allMatch(Aggregate::mergeable);
    }

    /**
     * @param partitions     disjoint parts of the events, each newest first; together every event in range
     * @param newerFirst     the order of the merged scan ({@code < 0} when the first event comes first)
     * @param helpers        runs up to {@code helperCount} extra scanners (never an I/O event loop)
     * @param cancelled      polled by every scanner; when it turns true the run ends with
     *                       {@link CancellationException}
     */
    public static QueryResult run(Query query, List<? extends Iterator<? extends InsightsEvent>> partitions,
                                  Comparator<? super InsightsEvent> newerFirst, int maxRows,
                                  BooleanSupplier cancelled, Executor helpers, int helperCount) {
        if (!applies(query)) {
            throw new IllegalArgumentException("not a mergeable stats query");
        }
        Scan scan = new Scan(query, partitions, cancelled);
        ParallelScan.run(partitions.size(), Collections.nCopies(1 + Math.max(0, helperCount), scan), helpers);
        return scan.merge(newerFirst, maxRows);
    }

    /** The shared state of one run: each partition's partial answer (the scanners share this one object). */
    private static final class Scan implements ParallelScan.Scanner {
        private final Query query;
        private final List<? extends Iterator<? extends InsightsEvent>> partitions;
        private final BooleanSupplier cancelled;
        private final int firstGrouping;
        private final Command.Stats stats;
        private final Partial[] partials;

        Scan(Query query, List<? extends Iterator<? extends InsightsEvent>> partitions, BooleanSupplier cancelled) {
            this.query = query;
            this.partitions = partitions;
            this.cancelled = cancelled;
            this.firstGrouping = QueryEngine.firstGrouping(query.commands());
            this.stats = (Command.Stats) query.commands().get(firstGrouping);
            this.partials = new Partial[partitions.size()];
        }

        /** Scans one partition into its partial answer. */
        @Override
        public void scan(int p, BooleanSupplier abandoned) {
            Partial partial = new Partial(stats);
            Stage head = QueryEngine.chain(query.commands(), 0, firstGrouping, partial);
            Iterator<? extends InsightsEvent> events = partitions.get(p);
            while (events.hasNext()) {
                InsightsEvent event = events.next();
                partial.scanned++;
                partial.bytes += event.messageBytes();
                head.accept(new Row(event));
                if (partial.scanned % CANCEL_CHECK_INTERVAL == 0
                        && (abandoned.getAsBoolean() || cancelled.getAsBoolean())) {
                    throw new CancellationException("query stopped");
                }
            }
            partials[p] = partial;
        }

        /** Combines the partitions' groups, orders them by their newest event, and runs the remaining commands. */
        QueryResult merge(Comparator<? super InsightsEvent> newerFirst, int maxRows) {
            Map<List<Object>, Group> merged = new HashMap<>();
            long matched = 0;
            long scanned = 0;
            long bytes = 0;
            for (Partial partial : partials) {
                matched += partial.matched;
                scanned += partial.scanned;
                bytes += partial.bytes;
                partial.groups.forEach((key, group) -> {
                    Group into = merged.putIfAbsent(key, group);
                    if (into != null) {
                        into.absorb(group, newerFirst);
                    }
                });
            }
            List<Group> ordered = new ArrayList<>(merged.values());
            ordered.sort((a, b) -> newerFirst.compare(a.newest, b.newest));
            QueryEngine.Sink sink = new QueryEngine.Sink(query.visibleFields(), !query.aggregated(), maxRows);
            List<Command> commands = query.commands();
            Stage after = QueryEngine.chain(commands, firstGrouping + 1, commands.size(), sink);
            for (Group group : ordered) {
                Stages.Stats.emit(stats, group.values, group.accumulators, after);
            }
            after.finish();
            return new QueryResult(List.copyOf(sink.rows), matched, scanned, bytes);
        }
    }

    /** One partition's groups, in a map keyed as {@link Stages.Stats} keys them. */
    private static final class Partial implements Stage {
        private final Command.Stats command;
        private final Map<List<Object>, Group> groups = new LinkedHashMap<>();
        private final List<Object> probe = new ArrayList<>();
        private final List<Object> probeValues = new ArrayList<>();
        private final GroupValues keys;
        long matched;
        long scanned;
        long bytes;

        Partial(Command.Stats command) {
            this.command = command;
            this.keys = new GroupValues(command.groupBy());
        }

        public void accept(Row row) {
            matched++;
            probe.clear();
            probeValues.clear();
            for (int i = 0; i < keys.size(); i++) {
                Object v = keys.value(i, row);
                probeValues.add(v);
                probe.add(Stages.Stats.groupKey(v));
            }
            Group group = groups.get(probe);
            if (group == null) {
                group = new Group(new ArrayList<>(probeValues), command.aggregates().stream()
                        .map(Aggregate::newAccumulator).toArray(Aggregate.Accumulator[]::new), row.event());
                groups.put(new ArrayList<>(probe), group);
            }
            for (Aggregate.Accumulator a : group.accumulators) {
                a.add(row);
            }
        }

        public void finish() {
            // Partials are merged by the caller.
        }
    }

    /** A group's accumulators, the newest event seen in it, and the key values of that event. */
    private static final class Group {
        private List<Object> values;
        private final Aggregate.Accumulator[] accumulators;
        private InsightsEvent newest;

        Group(List<Object> values, Aggregate.Accumulator[] accumulators, InsightsEvent newest) {
            this.values = values;
            this.accumulators = accumulators;
            this.newest = newest;
        }

        void absorb(Group other, Comparator<? super InsightsEvent> newerFirst) {
            for (int i = 0; i < accumulators.length; i++) {
                accumulators[i].merge(other.accumulators[i]);
            }
            if (newerFirst.compare(other.newest, newest) < 0) {
                newest = other.newest;
                values = other.values;
            }
        }
    }
}
