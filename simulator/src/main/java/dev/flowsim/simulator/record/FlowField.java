package dev.flowsim.simulator.record;

import java.util.Optional;
import java.util.function.Function;

/** The flow-log fields the simulator can render, each with its name in {@code ${...}} and its version. */
public enum FlowField {
    VERSION("version", r -> Integer.toString(r.version())),
    ACCOUNT_ID("account-id", FlowRecord::accountId),
    INTERFACE_ID("interface-id", FlowRecord::interfaceId),
    SRCADDR("srcaddr", r -> r.tuple() == null ? null : r.tuple().srcAddr()),
    DSTADDR("dstaddr", r -> r.tuple() == null ? null : r.tuple().dstAddr()),
    SRCPORT("srcport", r -> r.tuple() == null ? null : Integer.toString(r.tuple().srcPort())),
    DSTPORT("dstport", r -> r.tuple() == null ? null : Integer.toString(r.tuple().dstPort())),
    PROTOCOL("protocol", r -> r.tuple() == null ? null : Integer.toString(r.tuple().protocol())),
    PACKETS("packets", r -> r.packets() == null ? null : Long.toString(r.packets())),
    BYTES("bytes", r -> r.bytes() == null ? null : Long.toString(r.bytes())),
    START("start", r -> Long.toString(r.start())),
    END("end", r -> Long.toString(r.end())),
    ACTION("action", r -> r.action() == null ? null : r.action().name()),
    LOG_STATUS("log-status", r -> r.logStatus().name());

    /** What AWS writes for a field that does not apply. */
    public static final String NOT_APPLICABLE = "-";

    private final String fieldName;
    private final Function<FlowRecord, String> extractor;

    FlowField(String fieldName, Function<FlowRecord, String> extractor) {
        this.fieldName = fieldName;
        this.extractor = extractor;
    }

    /** The name used inside {@code ${...}}, e.g. {@code interface-id}. */
    public String fieldName() {
        return fieldName;
    }

    /** All fields supported so far belong to the default format, version 2. */
    public int version() {
        return 2;
    }

    public String render(FlowRecord record) {
        String value = extractor.apply(record);
        return value == null ? NOT_APPLICABLE : value;
    }

    public static Optional<FlowField> byName(String fieldName) {
        for (FlowField field : values()) {
            if (field.fieldName.equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
