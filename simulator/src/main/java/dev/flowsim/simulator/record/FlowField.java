package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every field of the VPC flow-log record formats (reference 1.5): versions 2, 3, 4, 5, 7, 8 and the newer 9, 10 and
 * 11 [S]. Version 6 is Transit Gateway's own format and has no fields here. Each field knows its name inside
 * {@code ${...}}, the version that introduced it and how to read it from a record; a value that does not apply is
 * written as {@code -}. The emulator keeps the same catalogue in {@code ec2.LogFormats}; a test compares the two.
 */
public enum FlowField {
    VERSION("version", 2, r -> null),
    ACCOUNT_ID("account-id", 2, FlowRecord::accountId),
    INTERFACE_ID("interface-id", 2, FlowRecord::interfaceId),
    SRCADDR("srcaddr", 2, r -> r.tuple() == null ? null : r.tuple().srcAddr()),
    DSTADDR("dstaddr", 2, r -> r.tuple() == null ? null : r.tuple().dstAddr()),
    SRCPORT("srcport", 2, r -> r.tuple() == null ? null : Integer.toString(r.tuple().srcPort())),
    DSTPORT("dstport", 2, r -> r.tuple() == null ? null : Integer.toString(r.tuple().dstPort())),
    PROTOCOL("protocol", 2, r -> r.tuple() == null ? null : Integer.toString(r.tuple().protocol())),
    PACKETS("packets", 2, r -> r.packets() == null ? null : Long.toString(r.packets())),
    BYTES("bytes", 2, r -> r.bytes() == null ? null : Long.toString(r.bytes())),
    START("start", 2, r -> Long.toString(r.start())),
    END("end", 2, r -> Long.toString(r.end())),
    ACTION("action", 2, r -> r.action() == null ? null : r.action().name()),
    LOG_STATUS("log-status", 2, r -> r.logStatus().name()),

    VPC_ID("vpc-id", 3, r -> r.eni().vpcId()),
    SUBNET_ID("subnet-id", 3, r -> r.eni().subnetId()),
    INSTANCE_ID("instance-id", 3, r -> r.eni().instanceId()),
    TCP_FLAGS("tcp-flags", 3, r -> !r.isFlow() || r.tcpFlags() == TcpFlags.NOT_COMPUTED ? null
            : Integer.toString(r.tcpFlags())),
    TYPE("type", 3, r -> r.tuple() == null ? null : r.tuple().srcAddr().indexOf(':') >= 0 ? "IPv6" : "IPv4"),
    PKT_SRCADDR("pkt-srcaddr", 3, r -> r.tuple() == null ? null
            : r.detail() == null ? r.tuple().srcAddr() : r.detail().pktSrcAddr()),
    PKT_DSTADDR("pkt-dstaddr", 3, r -> r.tuple() == null ? null
            : r.detail() == null ? r.tuple().dstAddr() : r.detail().pktDstAddr()),

    REGION("region", 4, r -> r.eni().region()),
    AZ_ID("az-id", 4, r -> r.eni().azId()),
    SUBLOCATION_TYPE("sublocation-type", 4, r -> r.eni().sublocationType()),
    SUBLOCATION_ID("sublocation-id", 4, r -> r.eni().sublocationId()),

    PKT_SRC_AWS_SERVICE("pkt-src-aws-service", 5, r -> detail(r, FlowDetail::pktSrcAwsService)),
    PKT_DST_AWS_SERVICE("pkt-dst-aws-service", 5, r -> detail(r, FlowDetail::pktDstAwsService)),
    FLOW_DIRECTION("flow-direction", 5, r -> detail(r, d -> d.direction().wireValue())),
    TRAFFIC_PATH("traffic-path", 5, r -> detail(r, d -> d.trafficPath() == null ? null
            : Integer.toString(d.trafficPath()))),

    // Version 7: ECS task metadata. flowsim simulates no ECS tasks, so these are always '-' as AWS writes them for
    // traffic that does not come from a running task.
    ECS_CLUSTER_ARN("ecs-cluster-arn", 7, r -> null),
    ECS_CLUSTER_NAME("ecs-cluster-name", 7, r -> null),
    ECS_CONTAINER_INSTANCE_ARN("ecs-container-instance-arn", 7, r -> null),
    ECS_CONTAINER_INSTANCE_ID("ecs-container-instance-id", 7, r -> null),
    ECS_CONTAINER_ID("ecs-container-id", 7, r -> null),
    ECS_SECOND_CONTAINER_ID("ecs-second-container-id", 7, r -> null),
    ECS_SERVICE_NAME("ecs-service-name", 7, r -> null),
    ECS_TASK_DEFINITION_ARN("ecs-task-definition-arn", 7, r -> null),
    ECS_TASK_ARN("ecs-task-arn", 7, r -> null),
    ECS_TASK_ID("ecs-task-id", 7, r -> null),

    REJECT_REASON("reject-reason", 8, r -> detail(r, FlowDetail::rejectReason)),
    RESOURCE_ID("resource-id", 9, r -> r.eni().resourceId()),
    ENCRYPTION_STATUS("encryption-status", 10, r -> detail(r, d -> d.encryptionStatus() == null ? null
            : Integer.toString(d.encryptionStatus()))),

    INSTANCE_TAG("instance-tag", 11, r -> r.eni().tagFields().get("instance-tag")),
    INSTANCE_TAG_2("instance-tag-2", 11, r -> r.eni().tagFields().get("instance-tag-2")),
    INTERFACE_TAG("interface-tag", 11, r -> r.eni().tagFields().get("interface-tag")),
    INTERFACE_TAG_2("interface-tag-2", 11, r -> r.eni().tagFields().get("interface-tag-2")),
    ASG_TAG("asg-tag", 11, r -> r.eni().tagFields().get("asg-tag")),
    ASG_TAG_2("asg-tag-2", 11, r -> r.eni().tagFields().get("asg-tag-2")),
    INTERFACE_TYPE("interface-type", 11, r -> r.eni().interfaceType()),
    NEXT_HOP_INTERFACE_ID("next-hop-interface-id", 11, r -> nextHop(r, InterfaceMetadata::interfaceId)),
    NEXT_HOP_SUBNET_ID("next-hop-subnet-id", 11, r -> nextHop(r, InterfaceMetadata::subnetId)),
    NEXT_HOP_AZ_ID("next-hop-az-id", 11, r -> nextHop(r, InterfaceMetadata::azId)),
    NEXT_HOP_VPC_ID("next-hop-vpc-id", 11, r -> nextHop(r, InterfaceMetadata::vpcId)),
    NEXT_HOP_INTERFACE_TYPE("next-hop-interface-type", 11, r -> nextHop(r, InterfaceMetadata::interfaceType));

    /** What AWS writes for a field that does not apply. */
    public static final String NOT_APPLICABLE = "-";
    /** The names of the actions and log statuses as bytes, copied whole into the line. */
    private static final byte[][] ACTION_TEXT = namesOf(Action.values());
    private static final byte[][] LOG_STATUS_TEXT = namesOf(LogStatus.values());

    private final String fieldName;
    private final int version;
    private final Function<FlowRecord, String> extractor;

    FlowField(String fieldName, int version, Function<FlowRecord, String> extractor) {
        this.fieldName = fieldName;
        this.version = version;
        this.extractor = extractor;
    }

    /** The name used inside {@code ${...}}, e.g. {@code interface-id}. */
    public String fieldName() {
        return fieldName;
    }

    /**
     * Whether the field's text depends only on the interface (and the format's version), so that it is the same in
     * every record of the interface, NODATA and SKIPDATA included.
     */
    boolean perInterface() {
        return switch (this) {
            case VERSION, ACCOUNT_ID, INTERFACE_ID, VPC_ID, SUBNET_ID, INSTANCE_ID, REGION, AZ_ID, SUBLOCATION_TYPE,
                    SUBLOCATION_ID, RESOURCE_ID, INSTANCE_TAG, INSTANCE_TAG_2, INTERFACE_TAG, INTERFACE_TAG_2, ASG_TAG,
                    ASG_TAG_2, INTERFACE_TYPE, ECS_CLUSTER_ARN, ECS_CLUSTER_NAME, ECS_CONTAINER_INSTANCE_ARN,
                    ECS_CONTAINER_INSTANCE_ID, ECS_CONTAINER_ID, ECS_SECOND_CONTAINER_ID, ECS_SERVICE_NAME,
                    ECS_TASK_DEFINITION_ARN, ECS_TASK_ARN, ECS_TASK_ID -> true;
            default -> false;
        };
    }

    /** The record-format version that introduced the field. */
    public int version() {
        return version;
    }

    /**
     * The field's text in a record rendered by a format of {@code formatVersion}; {@code -} when it does not apply.
     */
    public String render(FlowRecord record, int formatVersion) {
        if (this == VERSION) {
            return Integer.toString(formatVersion);
        }
        String value = extractor.apply(record);
        return value == null || value.isEmpty() ? NOT_APPLICABLE : value;
    }

    /**
     * Writes exactly what {@link #render} returns for the row's record, without the intermediate strings: numbers
     * are written as digits straight into the line and no field goes through the extractor function. This is the
     * hot path of record generation (the JMH {@code FlowRecordBenchmark}); {@code PipelineOutputPinTest},
     * {@code RowRenderingPinTest} and the golden tests hold it to {@link #render}'s bytes.
     */
    void appendTo(LineWriter line, RecordRow row, int formatVersion) {
        boolean flow = row.logStatus() == LogStatus.OK;
        appendTo(line, row, formatVersion, flow, flow ? row.direction() : null);
    }

    /**
     * {@link #appendTo(LineWriter, RecordRow, int)} with the row's status and direction read once per line by the
     * caller, not once per field.
     *
     * @param direction the row's direction when {@code flow}, else null
     */
    void appendTo(LineWriter line, RecordRow row, int formatVersion, boolean flow, FlowDirection direction) {
        boolean detail = direction != null;
        switch (this) {
            case VERSION -> line.number(formatVersion);
            case ACCOUNT_ID -> text(line, row.eni().accountId());
            case INTERFACE_ID -> text(line, row.eni().interfaceId());
            case SRCADDR -> sourceAddress(line, flow, row);
            case DSTADDR -> destinationAddress(line, flow, row);
            case SRCPORT -> number(line, flow, flow ? row.srcPort() : 0);
            case DSTPORT -> number(line, flow, flow ? row.dstPort() : 0);
            case PROTOCOL -> number(line, flow, flow ? row.protocol() : 0);
            case PACKETS -> number(line, flow, flow ? row.packets() : 0);
            case BYTES -> number(line, flow, flow ? row.bytes() : 0);
            case START -> line.seconds(row.start(), 0);
            case END -> line.seconds(row.end(), 1);
            case ACTION -> {
                if (flow) {
                    line.raw(ACTION_TEXT[row.action().ordinal()]);
                } else {
                    line.text(NOT_APPLICABLE);
                }
            }
            case LOG_STATUS -> line.raw(LOG_STATUS_TEXT[row.logStatus().ordinal()]);
            case TCP_FLAGS -> number(line, flow && row.tcpFlags() != TcpFlags.NOT_COMPUTED, row.tcpFlags());
            case TYPE -> text(line, !flow ? null
                    : (row.ipv4Addresses() & 1) != 0 || row.srcAddr().indexOf(':') < 0 ? "IPv4" : "IPv6");
            case PKT_SRCADDR -> packetSourceAddress(line, flow, detail, row);
            case PKT_DSTADDR -> packetDestinationAddress(line, flow, detail, row);
            case PKT_SRC_AWS_SERVICE -> text(line, detail ? row.pktSrcAwsService() : null);
            case PKT_DST_AWS_SERVICE -> text(line, detail ? row.pktDstAwsService() : null);
            case FLOW_DIRECTION -> text(line, detail ? direction.wireValue() : null);
            case TRAFFIC_PATH -> number(line, detail && row.trafficPath() != 0, detail ? row.trafficPath() : 0);
            default -> appendRare(line, row, detail, row.eni());
        }
    }

    /**
     * The fields that depend only on the interface (rendered once per interface, {@link RecordFormat}) and the
     * rarely chosen ones, kept out of {@link #appendTo} so that the per-record switch stays small enough to inline.
     */
    private void appendRare(LineWriter line, RecordRow row, boolean detail, InterfaceMetadata eni) {
        switch (this) {
            case VPC_ID -> text(line, eni.vpcId());
            case SUBNET_ID -> text(line, eni.subnetId());
            case INSTANCE_ID -> text(line, eni.instanceId());
            case REGION -> text(line, eni.region());
            case AZ_ID -> text(line, eni.azId());
            case SUBLOCATION_TYPE -> text(line, eni.sublocationType());
            case SUBLOCATION_ID -> text(line, eni.sublocationId());
            case REJECT_REASON -> text(line, detail ? row.rejectReason() : null);
            case RESOURCE_ID -> text(line, eni.resourceId());
            case ENCRYPTION_STATUS -> number(line, detail && row.encryptionStatus() >= 0,
                    detail ? row.encryptionStatus() : 0);
            case INSTANCE_TAG, INSTANCE_TAG_2, INTERFACE_TAG, INTERFACE_TAG_2, ASG_TAG, ASG_TAG_2 ->
                    text(line, eni.tagFields().get(fieldName));
            case INTERFACE_TYPE -> text(line, eni.interfaceType());
            case NEXT_HOP_INTERFACE_ID -> text(line, nextHopOf(row, detail) == null ? null
                    : row.nextHop().interfaceId());
            case NEXT_HOP_SUBNET_ID -> text(line, nextHopOf(row, detail) == null ? null : row.nextHop().subnetId());
            case NEXT_HOP_AZ_ID -> text(line, nextHopOf(row, detail) == null ? null : row.nextHop().azId());
            case NEXT_HOP_VPC_ID -> text(line, nextHopOf(row, detail) == null ? null : row.nextHop().vpcId());
            case NEXT_HOP_INTERFACE_TYPE -> text(line, nextHopOf(row, detail) == null ? null
                    : row.nextHop().interfaceType());
            // The version-7 ECS fields: flowsim runs no ECS tasks.
            case ECS_CLUSTER_ARN, ECS_CLUSTER_NAME, ECS_CONTAINER_INSTANCE_ARN, ECS_CONTAINER_INSTANCE_ID,
                    ECS_CONTAINER_ID, ECS_SECOND_CONTAINER_ID, ECS_SERVICE_NAME, ECS_TASK_DEFINITION_ARN, ECS_TASK_ARN,
                    ECS_TASK_ID -> line.text(NOT_APPLICABLE);
            default -> throw new IllegalStateException("no rendering for ${" + fieldName + "}");
        }
    }

    /** IPv4 addresses the row holds as numbers are written as digits; any other as its text. */
    private static void sourceAddress(LineWriter line, boolean flow, RecordRow row) {
        if (flow && (row.ipv4Addresses() & 1) != 0) {
            line.ipv4(row.srcIpv4());
        } else {
            text(line, flow ? row.srcAddr() : null);
        }
    }

    private static void destinationAddress(LineWriter line, boolean flow, RecordRow row) {
        if (flow && (row.ipv4Addresses() & 2) != 0) {
            line.ipv4(row.dstIpv4());
        } else {
            text(line, flow ? row.dstAddr() : null);
        }
    }

    /** Without detail, the packet addresses are the tuple's. */
    private static void packetSourceAddress(LineWriter line, boolean flow, boolean detail, RecordRow row) {
        if (!detail) {
            sourceAddress(line, flow, row);
        } else if ((row.ipv4Addresses() & 4) != 0) {
            line.ipv4(row.pktSrcIpv4());
        } else {
            text(line, row.pktSrcAddr());
        }
    }

    private static void packetDestinationAddress(LineWriter line, boolean flow, boolean detail, RecordRow row) {
        if (!detail) {
            destinationAddress(line, flow, row);
        } else if ((row.ipv4Addresses() & 8) != 0) {
            line.ipv4(row.pktDstIpv4());
        } else {
            text(line, row.pktDstAddr());
        }
    }

    private static InterfaceMetadata nextHopOf(RecordRow row, boolean detail) {
        return detail ? row.nextHop() : null;
    }

    private static void text(LineWriter line, String value) {
        line.text(value == null || value.isEmpty() ? NOT_APPLICABLE : value);
    }

    private static void number(LineWriter line, boolean applies, int value) {
        if (applies) {
            line.number(value);
        } else {
            line.dash();
        }
    }

    private static void number(LineWriter line, boolean applies, long value) {
        if (applies) {
            line.number(value);
        } else {
            line.dash();
        }
    }

    private static byte[][] namesOf(Enum<?>[] constants) {
        byte[][] names = new byte[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name().getBytes(StandardCharsets.ISO_8859_1);
        }
        return names;
    }

    public static Optional<FlowField> byName(String fieldName) {
        for (FlowField field : values()) {
            if (field.fieldName.equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String detail(FlowRecord r, Function<FlowDetail, String> value) {
        return r.detail() == null ? null : value.apply(r.detail());
    }

    private static String nextHop(FlowRecord r, Function<InterfaceMetadata, String> value) {
        return r.detail() == null || r.detail().nextHop() == null ? null : value.apply(r.detail().nextHop());
    }
}
