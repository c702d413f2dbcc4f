package dev.flowsim.emulator.authz;

import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.StatementMatch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The most recent authorization decisions, newest last, bounded so a long run cannot grow it without limit. The admin
 * API and the CLI read it to explain why a call was denied. Holds no secrets: only ARNs, actions and reasons.
 */
public final class DecisionLog {

    /**
     * One decision as recorded.
     *
     * @param decidingPolicyType the policy type that decided ("identity-based policy", "role trust policy", ...)
     * @param matchedStatements  the statements that decided: "POLICY statement SID (Effect)"
     * @param missingContextKeys condition keys the deciding statements needed but the request lacked
     * @param fix                for denials, the change that would let the request through, in one sentence
     * @param trace              one line per statement considered, saying why it did or did not apply
     */
    public record Entry(long sequence, String time, String requestId, String service, String operation,
                        String principalArn, String action, String resource, boolean allowed, String outcome,
                        String message, String explanation, String decidingPolicyType, List<String> matchedStatements,
                        List<String> missingContextKeys, String fix, List<String> trace) {

        public Entry {
            matchedStatements = matchedStatements == null ? List.of() : List.copyOf(matchedStatements);
            missingContextKeys = missingContextKeys == null ? List.of() : List.copyOf(missingContextKeys);
            trace = trace == null ? List.of() : List.copyOf(trace);
        }
    }

    /**
     * A recorded decision whose entry is rendered on first read: explanations, traces and fixes cost more than the
     * decision itself, and almost every entry is evicted unread.
     */
    private static final class Slot {
        private final LongFunction<Entry> make;
        private final long sequence;
        private volatile Entry entry;

        Slot(long sequence, LongFunction<Entry> make) {
            this.sequence = sequence;
            this.make = make;
        }

        Entry entry() {
            Entry e = entry;
            if (e == null) {
                e = make.apply(sequence);
                entry = e;
            }
            return e;
        }
    }

    private final int capacity;
    private final Deque<Slot> entries;
    private long sequence;

    public DecisionLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Records a decision with everything it explains about itself (rendered when first read). */
    public void record(Instant time, String requestId, String service, String operation, Decision decision) {
        add(seq -> new Entry(seq, time.toString(), requestId, service, operation,
                decision.request().principal().arn(), decision.request().action(), decision.request().resourceArn(),
                decision.allowed(), decision.outcome().name(),
                decision.allowed() ? null : decision.accessDeniedMessage(), decision.explanation(),
                decision.decidingType().phrase(), decision.matched().stream().map(DecisionLog::describe).toList(),
                decision.missingContextKeys(),
                decision.allowed() ? null : decision.fix(), decision.trace()));
    }

    public Entry record(Instant time, String requestId, String service, String operation,
                        String principalArn, String action, String resource, boolean allowed,
                        String outcome, String message, String explanation) {
        return add(seq -> new Entry(seq, time.toString(), requestId, service, operation, principalArn, action,
                resource, allowed, outcome, message, explanation, null, List.of(), List.of(), null, List.of()))
                .entry();
    }

    private synchronized Slot add(LongFunction<Entry> make) {
        Slot slot = new Slot(++sequence, make);
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(slot);
        return slot;
    }

    public List<Entry> entries(Predicate<Entry> filter) {
        List<Slot> slots;
        synchronized (this) {
            slots = new ArrayList<>(entries);
        }
        List<Entry> out = new ArrayList<>();
        for (Slot slot : slots) {
            Entry e = slot.entry();
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Entry> denials() {
        return entries(e -> !e.allowed());
    }

    private static String describe(StatementMatch match) {
        return match.policyName() + " statement " + (match.sid() == null || match.sid().isEmpty() ? "(no Sid)"
                : match.sid()) + " (" + match.effect() + ", " + match.policyType().phrase() + ")";
    }
}
