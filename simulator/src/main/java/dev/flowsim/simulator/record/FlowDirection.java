package dev.flowsim.simulator.record;

/** The {@code flow-direction} of a record, relative to the recorded interface (version 5). */
public enum FlowDirection {
    INGRESS("ingress"),
    EGRESS("egress");

    private final String wireValue;

    FlowDirection(String wireValue) {
        this.wireValue = wireValue;
    }

    /** What the record shows: {@code ingress} or {@code egress}. */
    public String wireValue() {
        return wireValue;
    }
}
