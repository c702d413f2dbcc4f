package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Objects;

/**
 * The answer to an {@link AuthorizationRequest}, with everything needed to explain it. The outcome is decided
 * eagerly; the words (trace, explanation, missing keys) are put together the first time they are read, so a decision
 * nobody reads costs no string building. Immutable and thread-safe.
 */
public final class Decision {

    private final Outcome outcome;
    private final PolicyType decidingType;
    private final List<StatementMatch> matched;
    private final AuthorizationRequest request;
    /** Puts the words together; each result is kept once made (at worst made twice by racing readers, same text). */
    private final Words words;
    private volatile List<String> trace;
    private volatile Diagnosis diagnosis;
    private volatile List<String> missingContextKeys;

    /** The words of a decision, made on demand: the evaluator's hot path builds none of them. */
    interface Words {
        /** One line per policy or statement considered, saying why it did or did not apply. */
        List<String> trace();

        /** The structured explanation behind {@link Decision#explanation()}. */
        Diagnosis diagnosis();

        /**
         * Condition keys that statements matching the request's action and resource referred to but the request did
         * not carry (AWS's MissingContextValues).
         */
        List<String> missingContextKeys();
    }

    /**
     * @param outcome      allowed, explicitly denied or implicitly denied
     * @param decidingType the kind of policy that decided: for denials the one AWS names in its message
     * @param matched      the statements that applied (the Deny statements for an explicit deny)
     * @param request      the request decided
     * @param words        trace, diagnosis and missing keys, asked for only when read
     */
    Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, AuthorizationRequest request,
             Words words) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.decidingType = Objects.requireNonNull(decidingType, "decidingType");
        this.request = Objects.requireNonNull(request, "request");
        this.matched = List.copyOf(matched);
        this.words = Objects.requireNonNull(words, "words");
    }

    /** A decision whose words are already made. */
    public Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, List<String> trace,
                    AuthorizationRequest request, Diagnosis diagnosis, List<String> missingContextKeys) {
        this(outcome, decidingType, matched, request, new Words() {
            @Override
            public List<String> trace() {
                return trace;
            }

            @Override
            public Diagnosis diagnosis() {
                return diagnosis;
            }

            @Override
            public List<String> missingContextKeys() {
                return missingContextKeys == null ? List.of() : missingContextKeys;
            }
        });
    }

    public Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, List<String> trace,
                    AuthorizationRequest request, Diagnosis diagnosis) {
        this(outcome, decidingType, matched, trace, request, diagnosis, List.of());
    }

    public Outcome outcome() {
        return outcome;
    }

    public PolicyType decidingType() {
        return decidingType;
    }

    public List<StatementMatch> matched() {
        return matched;
    }

    public List<String> trace() {
        List<String> lines = trace;
        if (lines == null) {
            lines = List.copyOf(words.trace());
            trace = lines;
        }
        return lines;
    }

    public AuthorizationRequest request() {
        return request;
    }

    public Diagnosis diagnosis() {
        Diagnosis made = diagnosis;
        if (made == null) {
            made = Objects.requireNonNull(words.diagnosis(), "diagnosis");
            diagnosis = made;
        }
        return made;
    }

    public List<String> missingContextKeys() {
        List<String> keys = missingContextKeys;
        if (keys == null) {
            keys = List.copyOf(words.missingContextKeys());
            missingContextKeys = keys;
        }
        return keys;
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /**
     * AWS's AccessDenied message, e.g. "User: arn:aws:sts::111122223333:assumed-role/FlowLogsRole/fl-1 is not
     * authorized to perform: logs:PutLogEvents on resource: arn:...:log-stream:s because no identity-based policy
     * allows the logs:PutLogEvents action".
     *
     * @throws IllegalStateException when the request was allowed
     */
    public String accessDeniedMessage() {
        if (allowed()) {
            throw new IllegalStateException("the request was allowed; there is no AccessDenied message");
        }
        Diagnosis d = diagnosis();
        return d.deniedMessage() != null ? d.deniedMessage() : AccessDeniedMessages.format(request, outcome, decidingType);
    }

    /** One paragraph for humans: the hop, the policy and statement or their absence, the failed condition, the fix. */
    public String explanation() {
        return diagnosis().paragraph();
    }

    /** The change that would let the request through, in one sentence; null for allowed requests. */
    public String fix() {
        return diagnosis().fix();
    }

    @Override
    public String toString() {
        return "Decision[" + outcome + " by " + decidingType.phrase() + ": " + request.action() + " on "
                + request.resourceArn() + "]";
    }
}
