package dev.flowsim.simulator.record;

/**
 * One interface's constant parts for one format (runs of fields that depend only on the interface, with the spaces
 * between them), rendered once per interface by {@link RecordFormat} and kept by the {@link LineWriter}; with what
 * {@link FlowLinePlan} would otherwise work out from them on every line.
 */
final class InterfaceParts {

    /** The parts in format order, each as its bytes (constant part {@code k} of the format's program). */
    final byte[][] parts;
    /**
     * What a flow line starts with when the format is a constant part and then the default format's fields (or those
     * fields alone): the part and the space after it, or nothing. Null for other formats.
     */
    final byte[] lead;
    /** Room for a flow line: the plan's room for its fixed-size fields and spaces, plus the parts. */
    final int room;

    InterfaceParts(byte[][] parts, byte[] lead, int room) {
        this.parts = parts;
        this.lead = lead;
        this.room = room;
    }
}
