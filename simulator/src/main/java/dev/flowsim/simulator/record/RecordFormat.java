package dev.flowsim.simulator.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A parsed {@code LogFormat}: the ordered {@code ${field}} list a flow log writes, one space between fields, any
 * field of any VPC record version ({@link FlowField}). The record's {@code version} is the highest version among the
 * selected fields (reference 1.4), so the default format writes 2.
 */
public final class RecordFormat {

    /** The format AWS reports for a flow log created without a custom format. */
    public static final String DEFAULT_FORMAT_STRING = "${version} ${account-id} ${interface-id} ${srcaddr} "
            + "${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} "
            + "${log-status}";

    /** One line buffer per thread, reused: only the finished line is allocated per record. */
    private static final ThreadLocal<LineWriter> LINE = ThreadLocal.withInitial(LineWriter::new);

    private static final Pattern TOKEN = Pattern.compile("\\$\\{([a-z0-9-]+)}");

    /** Declared after the tables {@link #parse} reads, which static initialisation needs in place. */
    public static final RecordFormat DEFAULT = parse(DEFAULT_FORMAT_STRING);

    private final String formatString;
    private final List<FlowField> fields;
    /** The same fields as an array, for the per-record loop. */
    private final FlowField[] fieldArray;

    private final int version;
    /**
     * The line as a program: a field number ({@code >= 0}) is rendered per record; {@code -(k + 1)} writes constant
     * part {@code k}, a run of fields that depend only on the interface and the version (account, interface id,
     * VPC, subnet, region, ...) with the spaces between them, rendered once per interface.
     */
    private final int[] program;
    /** For each constant part, its first and last field number. */
    private final int[][] constantParts;
    /** The program compiled for flow (OK) records, the common case. */
    private final FlowLinePlan flowPlan;

    /** Marks an interface whose constant text is beyond Latin-1: its lines take the general way. */
    private static final InterfaceParts NOT_LATIN1 = new InterfaceParts(new byte[0][], null, 0);

    private RecordFormat(String formatString, List<FlowField> fields) {
        this.formatString = formatString;
        this.fields = List.copyOf(fields);
        this.fieldArray = fields.toArray(new FlowField[0]);
        this.version = fields.stream().mapToInt(FlowField::version).max().orElse(FlowRecord.VERSION_2);
        List<Integer> ops = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        for (int i = 0; i < fieldArray.length; i++) {
            if (!fieldArray[i].perInterface()) {
                ops.add(i);
                continue;
            }
            int last = i;
            while (last + 1 < fieldArray.length && fieldArray[last + 1].perInterface()) {
                last++;
            }
            parts.add(new int[] {i, last});
            ops.add(-parts.size());
            i = last;
        }
        this.program = ops.stream().mapToInt(Integer::intValue).toArray();
        this.constantParts = parts.toArray(new int[0][]);
        this.flowPlan = new FlowLinePlan(program, fieldArray);
    }

    /**
     * Parses a format such as {@code ${srcaddr} ${dstaddr} ${action}}.
     *
     * @throws LogFormatException naming the offending token when the format is malformed or names a field no
     *                            VPC record version defines
     */
    public static RecordFormat parse(String formatString) {
        Objects.requireNonNull(formatString, "formatString");
        if (formatString.isEmpty()) {
            throw new LogFormatException("the log format is empty; it needs at least one ${field}");
        }
        List<FlowField> fields = new ArrayList<>();
        // AWS separates fields with exactly one space; a doubled or trailing space is a malformed format.
        for (String token : formatString.split(" ", -1)) {
            fields.add(fieldOf(token, formatString));
        }
        return new RecordFormat(formatString, fields);
    }

    private static FlowField fieldOf(String token, String formatString) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            throw new LogFormatException("log format '" + formatString + "' has the token '" + token
                    + "'; every field is written as ${field-name} and fields are separated by one space");
        }
        String name = matcher.group(1);
        return FlowField.byName(name).orElseThrow(() -> new LogFormatException("unknown flow-log field ${"
                + name + "}; known fields: " + supportedFieldList()));
    }

    private static String supportedFieldList() {
        return List.of(FlowField.values()).stream()
                .map(field -> "${" + field.fieldName() + "}")
                .collect(Collectors.joining(" "));
    }

    public List<FlowField> fields() {
        return fields;
    }

    public String formatString() {
        return formatString;
    }

    /** The record version this format implies: the highest version among its fields. */
    public int version() {
        return version;
    }

    /** One log line: the selected fields in order, separated by single spaces. */
    public String render(FlowRecord record) {
        return render(RecordRow.of(record));
    }

    /** One log line of a row (the aggregation table's records are rendered without becoming objects). */
    public String render(RecordRow row) {
        LineWriter line = LINE.get();
        return write(row, line) ? line.finish() : renderEachField(row.toRecord());
    }

    /**
     * Writes the row's line into {@code line} (reset first), for callers that take the bytes as they are.
     *
     * @return false when the line has text beyond Latin-1 and so must be taken from {@link #render} instead
     */
    public boolean write(RecordRow row, LineWriter line) {
        InterfaceParts parts = line.segmentsFor(this, row.eni());
        if (parts == null) {
            parts = line.keepSegments(this, row.eni(), constantPartsOf(row, line.scratch()));
        }
        if (parts != NOT_LATIN1 && row.logStatus() == LogStatus.OK) {
            // The plan starts the line itself (reset or lead).
            flowPlan.write(row, line, parts, version);
            return line.representable();
        }
        return writeOtherLine(row, line, parts);
    }

    /**
     * A line of a status other than OK, or of an interface with text beyond Latin-1: kept out of {@link #write} so
     * that the flow line's way stays small enough to be inlined into its caller.
     */
    private boolean writeOtherLine(RecordRow row, LineWriter line, InterfaceParts parts) {
        line.reset();
        if (parts == NOT_LATIN1) {
            for (int i = 0; i < fieldArray.length; i++) {
                if (i > 0) {
                    line.space();
                }
                fieldArray[i].appendTo(line, row, version);
            }
            return line.representable();
        }
        for (int p = 0; p < program.length; p++) {
            if (p > 0) {
                line.space();
            }
            int op = program[p];
            if (op >= 0) {
                fieldArray[op].appendTo(line, row, version, false, null);
            } else {
                line.raw(parts.parts[-op - 1]);
            }
        }
        return line.representable();
    }

    /** The constant parts of the row's interface, each rendered as its fields would be; {@link #NOT_LATIN1} if not. */
    private InterfaceParts constantPartsOf(RecordRow row, LineWriter scratch) {
        byte[][] parts = new byte[constantParts.length][];
        for (int k = 0; k < parts.length; k++) {
            scratch.reset();
            for (int i = constantParts[k][0]; i <= constantParts[k][1]; i++) {
                if (i > constantParts[k][0]) {
                    scratch.space();
                }
                fieldArray[i].appendTo(scratch, row, version);
            }
            if (!scratch.representable()) {
                return NOT_LATIN1;
            }
            parts[k] = scratch.copy();
        }
        return flowPlan.partsOf(parts);
    }

    /** The general way, for a line with text beyond Latin-1 (a tag value, say): each field's own rendering. */
    private String renderEachField(FlowRecord record) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < fieldArray.length; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(fieldArray[i].render(record, version));
        }
        return line.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordFormat that && formatString.equals(that.formatString);
    }

    @Override
    public int hashCode() {
        return formatString.hashCode();
    }

    @Override
    public String toString() {
        return formatString;
    }
}
