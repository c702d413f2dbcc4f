package dev.flowsim.emulator.iam;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the evaluator found, handed to {@link DenialExplainer} to put into words.
 *
 * @param request            the request
 * @param outcome            the outcome
 * @param decidingType       the policy type that decided
 * @param hopType            RESOURCE or TRUST: how the resource-side policy counts
 * @param identityPolicies   the caller's identity policies as given
 * @param resourcePolicy     the resource-side policy, or null
 * @param identityChecks     one check per identity statement (empty for roots and services)
 * @param resourceChecks     one check per resource-side statement
 * @param identityAllows     whether the caller's own side allows (always true for the root user)
 */
record EvaluationFacts(AuthorizationRequest request, Outcome outcome, PolicyType decidingType, PolicyType hopType,
                       List<NamedPolicy> identityPolicies, NamedPolicy resourcePolicy,
                       List<StatementCheck> identityChecks, List<StatementCheck> resourceChecks,
                       boolean identityAllows) {

    Principal caller() {
        return request.principal();
    }

    boolean trust() {
        return hopType == PolicyType.TRUST;
    }

    List<StatementCheck> checksOf(PolicyType type) {
        return type == PolicyType.IDENTITY ? identityChecks : resourceChecks;
    }

    /** The applying Deny statements, identity side first. */
    List<StatementCheck> denies() {
        return Stream.concat(identityChecks.stream(), resourceChecks.stream())
                .filter(c -> c.applies() && !c.isAllow()).toList();
    }

    /** The applying Allow statements whose principal names the caller. */
    List<StatementCheck> allows() {
        return Stream.concat(identityChecks.stream(), resourceChecks.stream())
                .filter(c -> c.applies() && c.isAllow()).toList();
    }

    /** The Allow statement of {@code type} that came closest to applying, without applying. */
    Optional<StatementCheck> nearestMiss(PolicyType type) {
        StatementCheck best = null;
        for (StatementCheck check : checksOf(type)) {
            if (check.isAllow() && !check.applies()
                    && (best == null || check.stage().ordinal() > best.stage().ordinal())) {
                best = check;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Deny statements skipped because flowsim cannot evaluate one of their conditions. */
    List<StatementCheck> skippedDenies() {
        return Stream.concat(identityChecks.stream(), resourceChecks.stream())
                .filter(c -> !c.isAllow() && c.stage() == StatementCheck.Stage.UNSUPPORTED_CONDITION).toList();
    }
}
