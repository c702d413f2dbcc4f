package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
    private final Lazy<List<String>> trace;
    private final Lazy<Diagnosis> diagnosis;
    private final Lazy<List<String>> missingContextKeys;

    /**
     * @param outcome            allowed, explicitly denied or implicitly denied
     * @param decidingType       the kind of policy that decided: for denials the one AWS names in its message
     * @param matched            the statements that applied (the Deny statements for an explicit deny)
     * @param trace              one line per policy or statement considered, saying why it did or did not apply
     * @param request            the request decided
     * @param diagnosis          the structured explanation behind {@link #explanation()}
     * @param missingContextKeys condition keys that statements matching the request's action and resource referred
     *                           to but the request did not carry (AWS's MissingContextValues)
     */
    Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, Supplier<List<String>> trace,
             AuthorizationRequest request, Supplier<Diagnosis> diagnosis, Supplier<List<String>> missingContextKeys) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.decidingType = Objects.requireNonNull(decidingType, "decidingType");
        this.request = Objects.requireNonNull(request, "request");
        this.matched = List.copyOf(matched);
        this.trace = new Lazy<>(() -> List.copyOf(trace.get()));
        this.diagnosis = new Lazy<>(() -> Objects.requireNonNull(diagnosis.get(), "diagnosis"));
        this.missingContextKeys = new Lazy<>(() -> List.copyOf(missingContextKeys.get()));
    }

    public Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, List<String> trace,
                    AuthorizationRequest request, Diagnosis diagnosis, List<String> missingContextKeys) {
        this(outcome, decidingType, matched, () -> trace, request, () -> diagnosis,
                () -> missingContextKeys == null ? List.of() : missingContextKeys);
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
        return trace.get();
    }

    public AuthorizationRequest request() {
        return request;
    }

    public Diagnosis diagnosis() {
        return diagnosis.get();
    }

    public List<String> missingContextKeys() {
        return missingContextKeys.get();
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
