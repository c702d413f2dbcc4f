package dev.flowsim.emulator.logs.insights;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A test on an event's stored bytes that rules out events no row of the query can come from, so a scan need not
 * make the event or run the commands for them: a {@code filter field = 'text'} among the per-event commands, on a
 * flow-log field no earlier command set. For a message that is not JSON, the field is the text between two given
 * spaces counted from the nearer end of the line when the line is a flow-log record (13 single spaces), and absent
 * otherwise, where the filter fails anyway; so bytes there that differ from the text (or too few spaces) rule the
 * event out, and nothing else does. A JSON message always passes: its fields come from the parsed object.
 * Only events that pass reach the query, which still decides on them exactly as before.
 */
public final class RowPrecheck {

    private static final int FIELDS = DiscoveredFields.FLOW_LOG_NAMES.length;

    private final int field;
    private final byte[] text;

    private RowPrecheck(int field, byte[] text) {
        this.field = field;
        this.text = text;
    }

    /** The precheck of a query, or null when its per-event commands give none. */
    public static RowPrecheck of(Query query) {
        List<Command> commands = query.commands();
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < QueryEngine.firstGrouping(commands); i++) {
            Command command = commands.get(i);
            if (command instanceof Command.Filter filter && filter.condition() instanceof Expr.TextEquals equals
                    && !assigned.contains(equals.field()) && DiscoveredFields.isFlowLogName(equals.field())
                    && ascii(equals.text())) {
                return new RowPrecheck(DiscoveredFields.flowLogIndex(equals.field()),
                        equals.text().getBytes(StandardCharsets.US_ASCII));
            }
            if (command instanceof Command.Fields fields) {
                assignedBy(fields.fields(), assigned);
            } else if (command instanceof Command.Display display) {
                assignedBy(display.fields(), assigned);
            } else if (command instanceof Command.Parse parse) {
                assigned.addAll(parse.names());
            }
        }
        return null;
    }

    /** {@code fields x} leaves the row's own x in place; any other named expression sets its name. */
    private static void assignedBy(List<Command.Named> named, Set<String> assigned) {
        for (Command.Named n : named) {
            if (!(n.expr() instanceof Expr.FieldRef ref && ref.name().equals(n.name()))) {
                assigned.add(n.name());
            }
        }
    }

    /** Decoded UTF-8 gives an ASCII character only from that same byte, so ASCII text compares byte for byte. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** False when no row of the query can come from this message (its stored UTF-8 bytes). */
    public boolean mayPass(byte[] bytes, int offset, int length) {
        if (length > 0 && bytes[offset] == '{') {
            return true;
        }
        int from;
        int to;
        if (field < FIELDS / 2) {
            // Field k runs from after the k-th space to the next one.
            int spaces = 0;
            int i = offset;
            int end = offset + length;
            while (spaces < field && i < end) {
                if (bytes[i++] == ' ') {
                    spaces++;
                }
            }
            if (spaces < field) {
                return false;
            }
            from = i;
            while (i < end && bytes[i] != ' ') {
                i++;
            }
            if (i == end) {
                return false; // the record needs 13 more fields after it
            }
            to = i;
        } else {
            // Field k is the (13 - k)-th from the end: before it, 13 - k spaces counted backwards.
            int fromEnd = FIELDS - 1 - field;
            int spaces = 0;
            int i = offset + length;
            while (spaces < fromEnd && i > offset) {
                if (bytes[--i] == ' ') {
                    spaces++;
                }
            }
            if (spaces < fromEnd) {
                return false;
            }
            to = i;
            while (i > offset && bytes[i - 1] != ' ') {
                i--;
            }
            if (i == offset) {
                return false; // the record needs fields before it
            }
            from = i;
        }
        if (to - from != text.length) {
            return false;
        }
        for (int j = 0; j < text.length; j++) {
            if (bytes[from + j] != text[j]) {
                return false;
            }
        }
        return true;
    }
}
