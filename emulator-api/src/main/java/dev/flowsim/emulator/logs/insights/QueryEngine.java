package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link Query} over events given newest first (the order AWS returns raw events in when the query does not
 * sort). Commands become a push pipeline; only {@code sort} and {@code stats} hold rows back, so memory grows with
 * the matched rows a sort needs or the number of groups, never with the events scanned.
 */
public final class QueryEngine {

    private static final int CANCEL_CHECK_INTERVAL = 4096;

    private QueryEngine() {
    }

    /**
     * @param maxRows   the result cap (StartQuery's {@code limit}, default 10,000)
     * @param cancelled polled while scanning; when it turns true the run ends with {@link CancellationException}
     */
    public static QueryResult run(Query query, Iterator<? extends InsightsEvent> newestFirst, int maxRows,
                                  BooleanSupplier cancelled) {
        Sink sink = new Sink(query.visibleFields(), !query.aggregated(), maxRows);
        Counter counter = new Counter();
        List<Command> commands = query.commands();
        int firstGrouping = firstGrouping(commands);
        counter.next = chain(commands, firstGrouping, commands.size(), sink);
        Stage head = chain(commands, 0, firstGrouping, counter);
        long scanned = 0;
        long bytes = 0;
        while (newestFirst.hasNext()) {
            InsightsEvent event = newestFirst.next();
            scanned++;
            bytes += event.messageBytes();
            head.accept(new Row(event));
            if (scanned % CANCEL_CHECK_INTERVAL == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("query stopped");
            }
        }
        head.finish();
        return new QueryResult(List.copyOf(sink.rows), counter.count, scanned, bytes);
    }

    /** The index of the first command that needs more than one event ({@code size()} when there is none). */
    static int firstGrouping(List<Command> commands) {
        int i = 0;
        while (i < commands.size() && commands.get(i).perEvent()) {
            i++;
        }
        return i;
    }

    /**
     * The stages of commands {@code [from, to)} in front of {@code tail}; a sort directly followed by a limit keeps
     * only that many rows.
     */
    static Stage chain(List<Command> commands, int from, int to, Stage tail) {
        Stage head = tail;
        for (int i = to; i > from; i--) {
            Command command = commands.get(i - 1);
            head = command instanceof Command.Sort sort && i < to && commands.get(i) instanceof Command.Limit limit
                    ? sort.stage(head, limit.count()) : command.stage(head);
        }
        return head;
    }

    /** Counts the rows that reach it: placed after the last per-event command. */
    private static final class Counter implements Stage {
        private Stage next;
        private long count;

        public void accept(Row row) {
            count++;
            next.accept(row);
        }

        public void finish() {
            next.finish();
        }
    }

    /** Renders the first {@code maxRows} rows as GetQueryResults shows them. */
    static final class Sink implements Stage {
        private final List<String> fields;
        private final boolean withPointer;
        private final int maxRows;
        final List<List<ResultField>> rows = new ArrayList<>();

        Sink(List<String> fields, boolean withPointer, int maxRows) {
            this.fields = fields;
            this.withPointer = withPointer;
            this.maxRows = maxRows;
        }

        public void accept(Row row) {
            if (rows.size() >= maxRows) {
                return;
            }
            List<ResultField> out = new ArrayList<>(fields.size() + 1);
            for (String field : fields) {
                Object value = row.get(field);
                if (value != null) {
                    out.add(new ResultField(field, Values.render(value)));
                }
            }
            if (withPointer && row.event() != null && !fields.contains("@ptr")) {
                out.add(new ResultField("@ptr", row.event().ptr()));
            }
            rows.add(out);
        }

        public void finish() {
            // Rows are complete as they arrive.
        }
    }
}
