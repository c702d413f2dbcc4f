package dev.flowsim.simulator.record;

import java.util.Locale;

/** The `TrafficType` of a flow log: which records it keeps. */
public enum TrafficType {
    ACCEPT,
    REJECT,
    ALL;

    /**
     * NODATA and SKIPDATA records carry no action; they describe the capture itself, so every flow log keeps them
     * (an assumption: AWS does not document how they interact with the filter).
     */
    public boolean keeps(FlowRecord record) {
        return keeps(record.logStatus(), record.action());
    }

    /** As {@link #keeps(FlowRecord)}, for a record known by its status and action (null unless OK). */
    public boolean keeps(LogStatus status, Action action) {
        if (this == ALL || status != LogStatus.OK) {
            return true;
        }
        return action.name().equals(name());
    }

    /** The suffix of the per-interface log stream name, e.g. {@code eni-0abc-all}. */
    public String streamSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrafficType parse(String value) {
        for (TrafficType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown traffic type '" + value + "'; expected ACCEPT, REJECT or ALL");
    }
}
