package dev.flowsim.simulator.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A parsed {@code LogFormat}: the ordered {@code ${field}} list a flow log writes, one space between fields. Fields
 * of later record versions are recognised by name so that the error says "not supported yet" rather than "unknown".
 */
public final class RecordFormat {

    /** The format AWS reports for a flow log created without a custom format. */
    public static final String DEFAULT_FORMAT_STRING = "${version} ${account-id} ${interface-id} ${srcaddr} "
            + "${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} "
            + "${log-status}";

    private static final Pattern TOKEN = Pattern.compile("\\$\\{([a-z0-9-]+)}");

    /** Fields of versions 3 and later, by the version that introduced them. */
    private static final Map<String, Integer> LATER_VERSION_FIELDS = Map.ofEntries(
            Map.entry("vpc-id", 3), Map.entry("subnet-id", 3), Map.entry("instance-id", 3),
            Map.entry("tcp-flags", 3), Map.entry("type", 3), Map.entry("pkt-srcaddr", 3),
            Map.entry("pkt-dstaddr", 3),
            Map.entry("region", 4), Map.entry("az-id", 4), Map.entry("sublocation-type", 4),
            Map.entry("sublocation-id", 4),
            Map.entry("pkt-src-aws-service", 5), Map.entry("pkt-dst-aws-service", 5),
            Map.entry("flow-direction", 5), Map.entry("traffic-path", 5),
            Map.entry("ecs-cluster-arn", 7), Map.entry("ecs-cluster-name", 7),
            Map.entry("ecs-container-instance-arn", 7), Map.entry("ecs-container-instance-id", 7),
            Map.entry("ecs-container-id", 7), Map.entry("ecs-second-container-id", 7),
            Map.entry("ecs-service-name", 7), Map.entry("ecs-task-definition-arn", 7),
            Map.entry("ecs-task-arn", 7), Map.entry("ecs-task-id", 7),
            Map.entry("reject-reason", 8), Map.entry("resource-id", 9), Map.entry("encryption-status", 10));

    /** Declared after the tables {@link #parse} reads, which static initialisation needs in place. */
    public static final RecordFormat DEFAULT = parse(DEFAULT_FORMAT_STRING);

    private final String formatString;
    private final List<FlowField> fields;

    private RecordFormat(String formatString, List<FlowField> fields) {
        this.formatString = formatString;
        this.fields = List.copyOf(fields);
    }

    /**
     * Parses a format such as {@code ${srcaddr} ${dstaddr} ${action}}.
     *
     * @throws LogFormatException naming the offending token when the format is malformed or uses a field the
     *                            simulator cannot produce yet
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
        return FlowField.byName(name).orElseThrow(() -> {
            Integer version = LATER_VERSION_FIELDS.get(name);
            if (version != null) {
                return new LogFormatException("field ${" + name + "} (record version " + version
                        + ") is not supported by the simulator yet; supported fields: " + supportedFieldList());
            }
            return new LogFormatException("unknown flow-log field ${" + name + "}; supported fields: "
                    + supportedFieldList());
        });
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
        return fields.stream().mapToInt(FlowField::version).max().orElse(FlowRecord.VERSION_2);
    }

    /** One log line: the selected fields in order, separated by single spaces. */
    public String render(FlowRecord record) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(fields.get(i).render(record));
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
