package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Runs a raw-row query over several partitions of the events at once (one per log stream), with the answer
 * {@link QueryEngine#run} gives on the merged newest-first order: the same rows in the same order and the same
 * statistics. It applies when the first command that needs more than one event is
 * <ul>
 *   <li>{@code sort} directly followed by {@code limit n}: the n best rows by the sort keys,</li>
 *   <li>{@code sort} as the last command: the first {@code maxRows} of them (the result cap cuts the sorted rows),</li>
 *   <li>{@code limit n}: the n newest rows, or</li>
 *   <li>absent: the first {@code maxRows} (StartQuery's limit) newest rows.</li>
 * </ul>
 * In each case the answer is the best n rows of one total order: the sort keys (none for a bare limit), then the
 * merged scan's own order (event time, then the full event id), which is exactly the arrival order that breaks ties
 * in the one-thread {@code sort} (it is stable) and that a bare {@code limit} keeps. So every scanner keeps its best n
 * rows in a bounded heap (one heap per thread, not per stream, so memory stays n rows per thread however many
 * streams there are), and the heaps merged and cut to n give the one-thread rows. Later commands then run on those
 * rows in that order, as they would have.
 */
public final class PartitionedRows {

    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private PartitionedRows() {
    }

    /** Whether {@link #run} applies: see the class comment. */
    public static boolean applies(Query query) {
        List<Command> commands = query.commands();
        int first = QueryEngine.firstGrouping(commands);
        return first == commands.size() || commands.get(first) instanceof Command.Limit
                || commands.get(first) instanceof Command.Sort && (first + 1 == commands.size()
                || commands.get(first + 1) instanceof Command.Limit);
    }

    /**
     * @param partitions disjoint parts of the events, each newest first; together every event in range, except
     *                   those the query's {@link RowPrecheck} rules out (they count as scanned). The cancellation
     *                   check is every 4,096 events handed over, so a stream none of whose events pass is read to
     *                   its end first.
     * @param newerFirst the order of the merged scan ({@code < 0} when the first event comes first); a total order
     * @param helpers    runs up to {@code helperCount} extra scanners (never an I/O event loop)
     * @param cancelled  polled by every scanner; when it turns true the run ends with {@link CancellationException}
     */
    public static QueryResult run(Query query, List<? extends CountedEvents> partitions,
                                  Comparator<? super InsightsEvent> newerFirst, int maxRows,
                                  BooleanSupplier cancelled, Executor helpers, int helperCount) {
        if (!applies(query)) {
            throw new IllegalArgumentException("not a top-rows query");
        }
        List<Command> commands = query.commands();
        int first = QueryEngine.firstGrouping(commands);
        List<Command.SortKey> keys = List.of();
        long keep = maxRows;
        int rest = first;
        if (first < commands.size() && commands.get(first) instanceof Command.Sort sort) {
            keys = sort.keys();
            // A sort that ends the query is cut by the result cap, exactly as a limit of maxRows would cut it.
            keep = first + 1 == commands.size() ? maxRows : ((Command.Limit) commands.get(first + 1)).count();
            rest = first + 1;
        } else if (first < commands.size()) {
            keep = ((Command.Limit) commands.get(first)).count();
        }
        Order order = new Order(keys, newerFirst);
        List<TopRows> scanners = new ArrayList<>();
        for (int i = 0; i <= Math.max(0, helperCount); i++) {
            scanners.add(new TopRows(query, first, partitions, order, keep, cancelled));
        }
        ParallelScan.run(partitions.size(), scanners, helpers);

        List<Entry> best = new ArrayList<>();
        long matched = 0;
        long scanned = 0;
        long bytes = 0;
        for (TopRows scanner : scanners) {
            matched += scanner.matched;
            scanned += scanner.scanned;
            bytes += scanner.bytes;
            best.addAll(scanner.best);
        }
        best.sort(order);
        QueryEngine.Sink sink = new QueryEngine.Sink(query.visibleFields(), !query.aggregated(), maxRows);
        Stage after = QueryEngine.chain(commands, rest, commands.size(), sink);
        for (int i = 0; i < best.size() && i < keep; i++) {
            after.accept(best.get(i).row);
        }
        after.finish();
        return new QueryResult(List.copyOf(sink.rows), matched, scanned, bytes);
    }

    /** A kept row with its sort keys, computed once. */
    private record Entry(Row row, Object[] keys) {
    }

    /** Best first: the sort keys (as {@code sort} compares them), then the merged scan's order. */
    private static final class Order implements Comparator<Entry> {
        private final List<Command.SortKey> keys;
        private final Comparator<? super InsightsEvent> newerFirst;

        Order(List<Command.SortKey> keys, Comparator<? super InsightsEvent> newerFirst) {
            this.keys = keys;
            this.newerFirst = newerFirst;
        }

        @Override
        public int compare(Entry a, Entry b) {
            return compare(a.keys, a.row, b.keys, b.row);
        }

        int compare(Object[] aKeys, Row a, Object[] bKeys, Row b) {
            for (int i = 0; i < aKeys.length; i++) {
                int c = Stages.Sort.compareKey(keys.get(i).descending(), aKeys[i], bKeys[i]);
                if (c != 0) {
                    return c;
                }
            }
            return newerFirst.compare(a.event(), b.event());
        }
    }

    /** One scanner thread's statistics and its best rows so far (the worst on top of the heap). */
    private static final class TopRows implements Stage, ParallelScan.Scanner {
        private final Query query;
        private final int first;
        private final List<? extends CountedEvents> partitions;
        private final Order order;
        private final long keep;
        private final BooleanSupplier cancelled;
        private final PriorityQueue<Entry> best;
        private Object[] scratch;
        long matched;
        long scanned;
        long bytes;

        TopRows(Query query, int first, List<? extends CountedEvents> partitions, Order order,
                long keep, BooleanSupplier cancelled) {
            this.query = query;
            this.first = first;
            this.partitions = partitions;
            this.order = order;
            this.keep = keep;
            this.cancelled = cancelled;
            this.best = new PriorityQueue<>(order.reversed());
            this.scratch = new Object[order.keys.size()];
        }

        @Override
        public void scan(int p, BooleanSupplier abandoned) {
            Stage head = QueryEngine.chain(query.commands(), 0, first, this);
            CountedEvents events = partitions.get(p);
            long seen = 0;
            while (events.hasNext()) {
                head.accept(new Row(events.next()));
                if (++seen % CANCEL_CHECK_INTERVAL == 0 && (abandoned.getAsBoolean() || cancelled.getAsBoolean())) {
                    throw new CancellationException("query stopped");
                }
            }
            scanned += events.visited();
            bytes += events.visitedBytes();
        }

        /** A row that passed the per-event commands: kept while it is among the best {@code keep}. */
        @Override
        public void accept(Row row) {
            matched++;
            if (keep <= 0) {
                return;
            }
            for (int i = 0; i < scratch.length; i++) {
                scratch[i] = order.keys.get(i).expr().eval(row);
            }
            if (best.size() < keep) {
                best.add(new Entry(row, scratch));
                scratch = new Object[scratch.length];
                return;
            }
            Entry worst = best.peek();
            if (order.compare(scratch, row, worst.keys, worst.row) < 0) {
                best.poll();
                best.add(new Entry(row, scratch));
                scratch = new Object[scratch.length];
            }
        }

        @Override
        public void finish() {
            // The caller merges the scanners' rows.
        }
    }
}
