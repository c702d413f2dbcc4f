package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A format's line for a flow record (log status OK), compiled once per format: each position is a small code read by
 * one {@code switch} on an {@code int}, so the common fields (addresses, ports, counters, times, action) are written
 * straight from the row without going through {@link FlowField}'s general per-field dispatch; the per-interface runs
 * are copied as the bytes {@link RecordFormat} rendered once per interface. Every other field falls back to
 * {@link FlowField#appendTo}. {@code RowRenderingPinTest} and the golden tests hold it to {@link FlowField#render}.
 */
final class FlowLinePlan {

    private static final int CONSTANT = 0;
    private static final int OTHER = 1;
    private static final int SRCADDR = 2;
    private static final int DSTADDR = 3;
    private static final int SRCPORT = 4;
    private static final int DSTPORT = 5;
    private static final int PROTOCOL = 6;
    private static final int PACKETS = 7;
    private static final int BYTES = 8;
    private static final int START = 9;
    private static final int END = 10;
    private static final int ACTION = 11;
    private static final int LOG_STATUS = 12;
    private static final int TCP_FLAGS = 13;
    private static final int TYPE = 14;
    private static final int PKT_SRCADDR = 15;
    private static final int PKT_DSTADDR = 16;
    private static final int PKT_SRC_AWS_SERVICE = 17;
    private static final int PKT_DST_AWS_SERVICE = 18;
    private static final int FLOW_DIRECTION = 19;
    private static final int TRAFFIC_PATH = 20;

    /** Texts of the general loop, each with the space that follows it (the line's last space is dropped). */
    private static final byte[][] ACTION_SPACE_TEXT = withSpace(Stream.of(Action.values()).map(Enum::name));
    private static final byte[] OK_SPACE_TEXT = withSpace(Stream.of(LogStatus.OK.name()))[0];
    private static final byte[] IPV4_SPACE_TEXT = withSpace(Stream.of("IPv4"))[0];
    private static final byte[] IPV6_SPACE_TEXT = withSpace(Stream.of("IPv6"))[0];
    private static final byte[] DASH_SPACE_TEXT = withSpace(Stream.of("-"))[0];
    private static final byte[][] DIRECTION_SPACE_TEXT = withSpace(Stream.of(FlowDirection.values())
            .map(FlowDirection::wireValue));

    /** The fields of the default (version 2) format after its constant run, as {@link #codes} spells them. */
    private static final int[] DEFAULT_TAIL = {SRCADDR, DSTADDR, SRCPORT, DSTPORT, PROTOCOL, PACKETS, BYTES, START,
        END, ACTION, LOG_STATUS};
    /** Per action ordinal: the action, a space and {@code OK}, the default format's last two fields in one copy. */
    private static final byte[][] ACTION_OK_TEXT = actionsThenOk();

    private final int[] codes;
    /**
     * Where the default format's fields begin when every position before is a constant run (the default format,
     * which nearly every flow log uses, and custom formats that end like it); -1 otherwise. Those fields are then
     * written by straight-line code instead of one {@code switch} per position.
     */
    private final int defaultTailAt;
    /** Per position: the constant part's number for {@link #CONSTANT}, else the field's position in the format. */
    private final int[] arguments;
    private final FlowField[] fields;
    /** Whether some field depends on the row's detail (its direction), or falls back to {@link FlowField#appendTo}. */
    private final boolean readsDirection;
    /** Room for every position but the constant parts: a space and the largest fixed-size field each. */
    private final int fixedRoom;

    /**
     * @param program {@link RecordFormat}'s program: a field position ({@code >= 0}) or {@code -(k + 1)} for
     *                constant part {@code k}
     */
    FlowLinePlan(int[] program, FlowField[] fields) {
        this.fields = fields;
        codes = new int[program.length];
        arguments = new int[program.length];
        boolean other = false;
        for (int p = 0; p < program.length; p++) {
            int op = program[p];
            if (op < 0) {
                codes[p] = CONSTANT;
                arguments[p] = -op - 1;
                continue;
            }
            arguments[p] = op;
            codes[p] = codeOf(fields[op]);
            other |= codes[p] == OTHER || codes[p] >= PKT_SRCADDR;
        }
        readsDirection = other;
        defaultTailAt = defaultTailOf(codes);
        fixedRoom = program.length * (LineWriter.MAX_FIELD_BYTES + 1);
    }

    private static int defaultTailOf(int[] codes) {
        int at = codes.length - DEFAULT_TAIL.length;
        if (at < 0) {
            return -1;
        }
        for (int p = 0; p < at; p++) {
            if (codes[p] != CONSTANT) {
                return -1;
            }
        }
        for (int k = 0; k < DEFAULT_TAIL.length; k++) {
            if (codes[at + k] != DEFAULT_TAIL[k]) {
                return -1;
            }
        }
        return at;
    }

    private static int codeOf(FlowField field) {
        return switch (field) {
            case SRCADDR -> SRCADDR;
            case DSTADDR -> DSTADDR;
            case SRCPORT -> SRCPORT;
            case DSTPORT -> DSTPORT;
            case PROTOCOL -> PROTOCOL;
            case PACKETS -> PACKETS;
            case BYTES -> BYTES;
            case START -> START;
            case END -> END;
            case ACTION -> ACTION;
            case LOG_STATUS -> LOG_STATUS;
            case TCP_FLAGS -> TCP_FLAGS;
            case TYPE -> TYPE;
            case PKT_SRCADDR -> PKT_SRCADDR;
            case PKT_DSTADDR -> PKT_DSTADDR;
            case PKT_SRC_AWS_SERVICE -> PKT_SRC_AWS_SERVICE;
            case PKT_DST_AWS_SERVICE -> PKT_DST_AWS_SERVICE;
            case FLOW_DIRECTION -> FLOW_DIRECTION;
            case TRAFFIC_PATH -> TRAFFIC_PATH;
            default -> OTHER;
        };
    }

    /** An interface's constant parts with the lead and room this plan's lines need. */
    InterfaceParts partsOf(byte[][] parts) {
        int room = fixedRoom;
        for (byte[] part : parts) {
            room += part.length;
        }
        byte[] lead = null;
        if (defaultTailAt == 0) {
            lead = new byte[0];
        } else if (defaultTailAt == 1) {
            // Adjacent per-interface fields are one part, so at most one part comes before the default tail.
            lead = Arrays.copyOf(parts[arguments[0]], parts[arguments[0]].length + 1);
            lead[lead.length - 1] = ' ';
        }
        return new InterfaceParts(parts, lead, room);
    }

    /**
     * Writes an OK row's line from its start; {@code interfaceParts} are the interface's constant parts. Room for
     * every fixed-size field, the constant parts and the spaces is made once, so those are written without a check
     * each; a field of free text makes its own room and then the room is made again.
     */
    void write(RecordRow row, LineWriter line, InterfaceParts interfaceParts, int version) {
        int room = interfaceParts.room;
        byte[] lead = interfaceParts.lead;
        if (lead != null) {
            line.startLine(lead, room);
            writeDefaultTail(row, line, row.ipv4Addresses(), room);
        } else {
            writeEachField(row, line, interfaceParts, version);
        }
    }

    /**
     * Any other format's line: one {@code switch} per position. A method of its own, so that {@link #write} stays
     * small enough to be inlined.
     */
    private void writeEachField(RecordRow row, LineWriter line, InterfaceParts interfaceParts, int version) {
        int room = interfaceParts.room;
        line.reset();
        line.reserve(room);
        FlowDirection direction = readsDirection ? row.direction() : null;
        int ipv4 = row.ipv4Addresses();
        byte[][] parts = interfaceParts.parts;
        int[] code = codes;
        // Each field is written with the space after it (most in the same store); the last one's is dropped.
        for (int p = 0; p < code.length; p++) {
            switch (code[p]) {
                case CONSTANT -> {
                    line.putRaw(parts[arguments[p]]);
                    line.putSpace();
                }
                case SRCADDR -> sourceAddress(line, ipv4, row, room);
                case DSTADDR -> destinationAddress(line, ipv4, row, room);
                case SRCPORT -> line.putNumberSpace(row.srcPort());
                case DSTPORT -> line.putNumberSpace(row.dstPort());
                case PROTOCOL -> line.putNumberSpace(row.protocol());
                case PACKETS -> line.putNumberSpace(row.packets());
                case BYTES -> line.putNumberSpace(row.bytes());
                case START -> line.putSecondsSpace(row.start(), 0);
                case END -> line.putSecondsSpace(row.end(), 1);
                case ACTION -> line.putRaw(ACTION_SPACE_TEXT[row.action().ordinal()]);
                case LOG_STATUS -> line.putRaw(OK_SPACE_TEXT);
                case TCP_FLAGS -> {
                    int flags = row.tcpFlags();
                    if (flags == TcpFlags.NOT_COMPUTED) {
                        line.putRaw(DASH_SPACE_TEXT);
                    } else {
                        line.putNumberSpace(flags);
                    }
                }
                case TYPE -> line.putRaw((ipv4 & 1) != 0 || row.srcAddr().indexOf(':') < 0 ? IPV4_SPACE_TEXT
                        : IPV6_SPACE_TEXT);
                // Without detail, the packet addresses are the tuple's.
                case PKT_SRCADDR -> packetSource(line, row, ipv4, direction != null, room);
                case PKT_DSTADDR -> packetDestination(line, row, ipv4, direction != null, room);
                case PKT_SRC_AWS_SERVICE -> textSpace(line, direction == null ? null : row.pktSrcAwsService(), room);
                case PKT_DST_AWS_SERVICE -> textSpace(line, direction == null ? null : row.pktDstAwsService(), room);
                case FLOW_DIRECTION -> line.putRaw(direction == null ? DASH_SPACE_TEXT
                        : DIRECTION_SPACE_TEXT[direction.ordinal()]);
                case TRAFFIC_PATH -> {
                    int path = direction == null ? 0 : row.trafficPath();
                    if (path != 0) {
                        line.putNumberSpace(path);
                    } else {
                        line.putRaw(DASH_SPACE_TEXT);
                    }
                }
                default -> {
                    fields[arguments[p]].appendTo(line, row, version, true, direction);
                    line.reserve(room);
                    line.putSpace();
                }
            }
        }
        line.dropLastByte();
    }

    /** The {@link #DEFAULT_TAIL} fields, separated by spaces; the same bytes the {@code switch} writes. */
    private static void writeDefaultTail(RecordRow row, LineWriter line, int ipv4, int room) {
        sourceAddress(line, ipv4, row, room);
        destinationAddress(line, ipv4, row, room);
        line.putNumberSpace(row.srcPort());
        line.putNumberSpace(row.dstPort());
        line.putNumberSpace(row.protocol());
        line.putNumberSpace(row.packets());
        line.putNumberSpace(row.bytes());
        line.putSecondsSpace(row.start(), 0);
        line.putSecondsSpace(row.end(), 1);
        line.putRaw(ACTION_OK_TEXT[row.action().ordinal()]);
    }

    /** srcaddr and a space: from its number when the row has it, else its text. */
    private static void sourceAddress(LineWriter line, int ipv4, RecordRow row, int room) {
        if ((ipv4 & 1) != 0) {
            line.putIpv4Space(row.srcIpv4());
        } else {
            textSpace(line, row.srcAddr(), room);
        }
    }

    /** dstaddr and a space, as {@link #sourceAddress}. */
    private static void destinationAddress(LineWriter line, int ipv4, RecordRow row, int room) {
        if ((ipv4 & 2) != 0) {
            line.putIpv4Space(row.dstIpv4());
        } else {
            textSpace(line, row.dstAddr(), room);
        }
    }

    private static void packetSource(LineWriter line, RecordRow row, int ipv4, boolean detail, int room) {
        if (!detail) {
            sourceAddress(line, ipv4, row, room);
        } else if ((ipv4 & 4) != 0) {
            line.putIpv4Space(row.pktSrcIpv4());
        } else {
            textSpace(line, row.pktSrcAddr(), room);
        }
    }

    private static void packetDestination(LineWriter line, RecordRow row, int ipv4, boolean detail, int room) {
        if (!detail) {
            destinationAddress(line, ipv4, row, room);
        } else if ((ipv4 & 8) != 0) {
            line.putIpv4Space(row.pktDstIpv4());
        } else {
            textSpace(line, row.pktDstAddr(), room);
        }
    }

    private static void text(LineWriter line, String value, int room) {
        if (value == null || value.isEmpty()) {
            line.putDash();
        } else {
            line.text(value);
            line.reserve(room);
        }
    }

    private static void textSpace(LineWriter line, String value, int room) {
        text(line, value, room);
        line.putSpace();
    }

    /** Each text followed by a space, as one array each, in order (enum constants by ordinal). */
    private static byte[][] withSpace(Stream<String> texts) {
        return texts.map(text -> (text + " ").getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
    }

    private static byte[][] actionsThenOk() {
        Action[] actions = Action.values();
        byte[][] texts = new byte[actions.length][];
        for (int i = 0; i < actions.length; i++) {
            texts[i] = (actions[i].name() + " " + LogStatus.OK.name()).getBytes(StandardCharsets.ISO_8859_1);
        }
        return texts;
    }
}
