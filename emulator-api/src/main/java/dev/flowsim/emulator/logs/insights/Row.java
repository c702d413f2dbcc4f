package dev.flowsim.emulator.logs.insights;

import java.util.HashMap;
import java.util.Map;

/**
 * One row flowing through a query: an event's system and discovered fields (computed on first use) under the
 * fields the query set. Rows made by {@code stats} have no event.
 */
final class Row {

    private final InsightsEvent event;
    private Map<String, Object> assigned;
    private DiscoveredFields.Lookup discovered;

    Row(InsightsEvent event) {
        this.event = event;
    }

    InsightsEvent event() {
        return event;
    }

    Object get(String name) {
        if (assigned != null && assigned.containsKey(name)) {
            return assigned.get(name);
        }
        if (event == null) {
            return null;
        }
        switch (name) {
            case "@timestamp":
                return new Timestamp(event.timestamp());
            case "@ingestionTime":
                return new Timestamp(event.ingestionTime());
            case "@message":
                return event.message();
            case "@logStream":
                return event.logStream();
            case "@log":
                return event.log();
            case "@ptr":
                return event.ptr();
            default:
                if (event instanceof EncodedEvent encoded) {
                    return encoded.field(name);
                }
                if (discovered == null) {
                    discovered = DiscoveredFields.of(event.message());
                }
                return discovered.get(name);
        }
    }

    /** Whether a command set {@code name} on this row (which then hides the event's own field of that name). */
    boolean assigns(String name) {
        return assigned != null && assigned.containsKey(name);
    }

    void set(String name, Object value) {
        if (assigned == null) {
            assigned = new HashMap<>(8);
        }
        assigned.put(name, value);
    }
}
