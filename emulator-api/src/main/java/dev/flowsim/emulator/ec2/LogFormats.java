package dev.flowsim.emulator.ec2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flow log record formats: the default format and the field catalogue (versions 2 to 11 of the VPC record format;
 * version 6 is Transit Gateway's own and has no fields here), and the check that a custom {@code LogFormat} is made
 * only of known {@code ${field}} tokens separated by single spaces.
 */
public final class LogFormats {

    /** What AWS reports for a flow log created without a LogFormat (reference 1.2) [O]. */
    public static final String DEFAULT_FORMAT = "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} "
            + "${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}";

    private static final Map<String, Integer> FIELD_VERSIONS = catalogue();

    private LogFormats() {
    }

    private static Map<String, Integer> catalogue() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        put(fields, 2, "version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport",
                "protocol", "packets", "bytes", "start", "end", "action", "log-status");
        put(fields, 3, "vpc-id", "subnet-id", "instance-id", "tcp-flags", "type", "pkt-srcaddr", "pkt-dstaddr");
        put(fields, 4, "region", "az-id", "sublocation-type", "sublocation-id");
        put(fields, 5, "pkt-src-aws-service", "pkt-dst-aws-service", "flow-direction", "traffic-path");
        put(fields, 7, "ecs-cluster-arn", "ecs-cluster-name", "ecs-container-instance-arn",
                "ecs-container-instance-id", "ecs-container-id", "ecs-second-container-id", "ecs-service-name",
                "ecs-task-definition-arn", "ecs-task-arn", "ecs-task-id");
        put(fields, 8, "reject-reason");
        put(fields, 9, "resource-id");
        put(fields, 10, "encryption-status");
        put(fields, 11, "instance-tag", "instance-tag-2", "interface-tag", "interface-tag-2", "asg-tag",
                "asg-tag-2", "interface-type", "next-hop-interface-id", "next-hop-subnet-id", "next-hop-az-id",
                "next-hop-vpc-id", "next-hop-interface-type");
        return Collections.unmodifiableMap(fields);
    }

    private static void put(Map<String, Integer> fields, int version, String... names) {
        for (String n : names) {
            fields.put(n, version);
        }
    }

    /**
     * Every field name with the version that introduced it, in the reference's order. The publisher keeps the same
     * catalogue ({@code simulator.record.FlowField}); a simulator test compares the two.
     */
    public static Map<String, Integer> fieldCatalogue() {
        return FIELD_VERSIONS;
    }

    /** The record-format version that introduced the field; empty for names AWS does not define. */
    public static Optional<Integer> fieldVersion(String field) {
        return Optional.ofNullable(FIELD_VERSIONS.get(field));
    }

    /**
     * The field names of {@code format} in order, or empty when it is not a valid LogFormat: at least one token,
     * every token {@code ${known-field}}, single spaces between tokens and none around them (AWS rejects a
     * trailing space and Terraform's leaked {@code $$} escaping [O]; unknown names are rejected too [U]).
     */
    public static Optional<List<String>> parse(String format) {
        if (format == null || format.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        for (String token : format.split(" ", -1)) {
            if (!token.startsWith("${") || !token.endsWith("}") || token.length() < 4) {
                return Optional.empty();
            }
            String name = token.substring(2, token.length() - 1);
            if (!FIELD_VERSIONS.containsKey(name)) {
                return Optional.empty();
            }
            fields.add(name);
        }
        return Optional.of(List.copyOf(fields));
    }

    /** The {@code version} a record in this (valid) format carries: the highest version among its fields. */
    public static int recordVersion(String format) {
        List<String> fields = parse(format)
                .orElseThrow(() -> new IllegalArgumentException("not a valid log format: " + format));
        return fields.stream().mapToInt(FIELD_VERSIONS::get).max().orElse(2);
    }
}
