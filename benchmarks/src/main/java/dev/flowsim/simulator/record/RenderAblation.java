package dev.flowsim.simulator.record;

/**
 * Benchmark-only: the default (version 2) line written up to a given field group, with the same {@link LineWriter}
 * calls {@link FlowLinePlan} makes, so that {@code LineRenderBenchmark} can charge each group its share of a line by
 * difference (no hardware counters on the build VM, so no perfasm). It lives in the record package of the
 * benchmarks module to reach the writer's package-private stores; nothing in the simulator uses it.
 */
public final class RenderAblation {

    /** The groups in line order; a stage writes its group and every one before it. */
    public static final String[] STAGES = {"frame", "prefix", "addresses", "ports", "counters", "times", "all"};

    private static final byte[][] ACTION_OK = {"ACCEPT OK".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        "REJECT OK".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)};
    private static final int ROOM = 14 * (LineWriter.MAX_FIELD_BYTES + 1);

    private RenderAblation() {
    }

    public static int stageOf(String name) {
        for (int s = 0; s < STAGES.length; s++) {
            if (STAGES[s].equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage " + name);
    }

    /**
     * Writes {@code row}'s default-format line up to {@code stage} (an index of {@link #STAGES}). "frame" is what
     * {@link RecordFormat#write} does before any byte: the interface's parts looked up, the line reset, the status
     * read, the room summed and reserved. Rows must be OK rows.
     */
    public static void write(RecordFormat format, RecordRow row, LineWriter line, int stage) {
        InterfaceParts kept = line.segmentsFor(format, row.eni());
        if (kept == null) {
            format.write(row, line);
            kept = line.segmentsFor(format, row.eni());
        }
        byte[][] parts = kept.parts;
        line.reset();
        if (row.logStatus() != LogStatus.OK) {
            throw new IllegalStateException("ablation rows are OK rows");
        }
        int room = ROOM;
        for (byte[] part : parts) {
            room += part.length;
        }
        line.reserve(room);
        if (stage < 1) {
            return;
        }
        line.putRaw(parts[0]);
        line.putSpace();
        if (stage < 2) {
            return;
        }
        int ipv4 = row.ipv4Addresses();
        if ((ipv4 & 1) != 0) {
            line.putIpv4Space(row.srcIpv4());
        } else {
            text(line, row.srcAddr(), room);
        }
        if ((ipv4 & 2) != 0) {
            line.putIpv4Space(row.dstIpv4());
        } else {
            text(line, row.dstAddr(), room);
        }
        if (stage < 3) {
            return;
        }
        line.putNumberSpace(row.srcPort());
        line.putNumberSpace(row.dstPort());
        line.putNumberSpace(row.protocol());
        if (stage < 4) {
            return;
        }
        line.putNumberSpace(row.packets());
        line.putNumberSpace(row.bytes());
        if (stage < 5) {
            return;
        }
        line.putSecondsSpace(row.start(), 0);
        line.putSecondsSpace(row.end(), 1);
        if (stage < 6) {
            return;
        }
        line.putRaw(ACTION_OK[row.action().ordinal()]);
    }

    /** An address kept as text (not numeric IPv4) and a space, as the renderer writes it. */
    private static void text(LineWriter line, String value, int room) {
        if (value == null || value.isEmpty()) {
            line.putDash();
        } else {
            line.text(value);
            line.reserve(room);
        }
        line.putSpace();
    }

    /** The interface's constant parts as {@link RecordFormat#write} keeps them (after it wrote one of its rows). */
    public static byte[][] partsOf(RecordFormat format, RecordRow row, LineWriter line) {
        format.write(row, line);
        return line.segmentsFor(format, row.eni()).parts;
    }

    /**
     * The whole default line from plain columns (no {@link RecordRow} calls, no row objects): what the interface
     * calls and the rows' memory layout cost is the difference to the "all" stage.
     */
    public static void writeColumns(LineWriter line, byte[][] parts, int ipv4, int srcIpv4, int dstIpv4,
            String srcAddr, String dstAddr, int srcPort, int dstPort, int protocol, long packets, long bytes,
            long start, long end, int action) {
        line.reset();
        int room = ROOM + parts[0].length;
        line.reserve(room);
        line.putRaw(parts[0]);
        line.putSpace();
        if ((ipv4 & 1) != 0) {
            line.putIpv4Space(srcIpv4);
        } else {
            text(line, srcAddr, room);
        }
        if ((ipv4 & 2) != 0) {
            line.putIpv4Space(dstIpv4);
        } else {
            text(line, dstAddr, room);
        }
        line.putNumberSpace(srcPort);
        line.putNumberSpace(dstPort);
        line.putNumberSpace(protocol);
        line.putNumberSpace(packets);
        line.putNumberSpace(bytes);
        line.putSecondsSpace(start, 0);
        line.putSecondsSpace(end, 1);
        line.putRaw(ACTION_OK[action]);
    }
}
