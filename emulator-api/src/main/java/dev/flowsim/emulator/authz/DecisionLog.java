package dev.flowsim.emulator.authz;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The most recent authorization decisions, newest last, bounded so a long run cannot grow it without limit. The admin
 * API and the CLI read it to explain why a call was denied. Holds no secrets: only ARNs, actions and reasons.
 */
public final class DecisionLog {

    /** One decision as recorded. */
    public record Entry(long sequence, String time, String requestId, String service, String operation,
                        String principalArn, String action, String resource, boolean allowed, String outcome,
                        String message, String explanation) {
    }

    private final int capacity;
    private final Deque<Entry> entries;
    private long sequence;

    public DecisionLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized Entry record(Instant time, String requestId, String service, String operation,
                                     String principalArn, String action, String resource, boolean allowed,
                                     String outcome, String message, String explanation) {
        Entry e = new Entry(++sequence, time.toString(), requestId, service, operation, principalArn, action, resource,
                allowed, outcome, message, explanation);
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(e);
        return e;
    }

    public synchronized List<Entry> entries(Predicate<Entry> filter) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Entry> denials() {
        return entries(e -> !e.allowed());
    }
}
