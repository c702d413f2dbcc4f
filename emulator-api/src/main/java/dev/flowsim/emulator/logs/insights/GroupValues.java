package dev.flowsim.emulator.logs.insights;

import java.util.List;

/**
 * The group-by values of a {@code stats} command for one row, equal to evaluating each expression, with two common
 * keys made cheap: a flow-log field read from the stored bytes comes back as a reused String per distinct value
 * ({@link ValueInterner}), and {@code bin(period)} reuses the previous {@link Timestamp} while events stay in the
 * same bin (events arrive newest first, so bins change rarely). Not thread-safe: one per stage.
 */
final class GroupValues {

    private final List<Command.Named> groupBy;
    private final ValueInterner[] interners;
    private final long[] lastFloor;
    private final Timestamp[] lastBin;

    GroupValues(List<Command.Named> groupBy) {
        this.groupBy = groupBy;
        this.interners = new ValueInterner[groupBy.size()];
        this.lastFloor = new long[groupBy.size()];
        this.lastBin = new Timestamp[groupBy.size()];
        for (int i = 0; i < interners.length; i++) {
            interners[i] = new ValueInterner();
        }
    }

    int size() {
        return groupBy.size();
    }

    /** The value of group-by expression {@code i} for {@code row}. */
    Object value(int i, Row row) {
        Expr expr = groupBy.get(i).expr();
        InsightsEvent event = row.event();
        if (event != null) {
            if (expr instanceof Expr.FieldRef ref && event instanceof EncodedEvent encoded
                    && DiscoveredFields.isFlowLogName(ref.name()) && !row.assigns(ref.name())) {
                return encoded.field(ref.name(), interners[i]);
            }
            if (expr instanceof Expr.Bin bin && !row.assigns("@timestamp")) {
                long floor = Periods.floor(event.timestamp(), bin.period());
                if (lastBin[i] == null || lastFloor[i] != floor) {
                    lastBin[i] = new Timestamp(floor);
                    lastFloor[i] = floor;
                }
                return lastBin[i];
            }
        }
        return expr.eval(row);
    }
}
