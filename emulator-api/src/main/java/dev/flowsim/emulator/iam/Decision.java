package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Objects;

/**
 * The answer to an {@link AuthorizationRequest}, with everything needed to explain it.
 *
 * @param outcome      allowed, explicitly denied or implicitly denied
 * @param decidingType the kind of policy that decided: for denials the one AWS names in its message
 * @param matched      the statements that applied (the Deny statements for an explicit deny)
 * @param trace        one line per policy or statement considered, saying why it did or did not apply
 * @param request      the request decided
 * @param diagnosis    the structured explanation behind {@link #explanation()}
 * @param missingContextKeys condition keys that statements matching the request's action and resource referred to
 *                           but the request did not carry (AWS's MissingContextValues)
 */
public record Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, List<String> trace,
                       AuthorizationRequest request, Diagnosis diagnosis, List<String> missingContextKeys) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidingType, "decidingType");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(diagnosis, "diagnosis");
        matched = List.copyOf(matched);
        trace = List.copyOf(trace);
        missingContextKeys = missingContextKeys == null ? List.of() : List.copyOf(missingContextKeys);
    }

    public Decision(Outcome outcome, PolicyType decidingType, List<StatementMatch> matched, List<String> trace,
                    AuthorizationRequest request, Diagnosis diagnosis) {
        this(outcome, decidingType, matched, trace, request, diagnosis, List.of());
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
        return diagnosis.deniedMessage() != null
                ? diagnosis.deniedMessage() : AccessDeniedMessages.format(request, outcome, decidingType);
    }

    /** One paragraph for humans: the hop, the policy and statement or their absence, the failed condition, the fix. */
    public String explanation() {
        return diagnosis.paragraph();
    }

    /** The change that would let the request through, in one sentence; null for allowed requests. */
    public String fix() {
        return diagnosis.fix();
    }
}
