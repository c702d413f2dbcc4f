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
 * @param identityAllows     whether the caller's own side allows, after session policy and boundary (always true for
 *                           the root user)
 * @param sessionChecks      one check per statement of the session policy (empty without one)
 * @param boundaryChecks     one check per statement of the permissions boundary (empty without one)
 * @param limits             the session policy and boundary as given
 */
record EvaluationFacts(AuthorizationRequest request, Outcome outcome, PolicyType decidingType, PolicyType hopType,
                       List<NamedPolicy> identityPolicies, NamedPolicy resourcePolicy,
                       List<StatementCheck> identityChecks, List<StatementCheck> resourceChecks,
                       boolean identityAllows, List<StatementCheck> sessionChecks,
                       List<StatementCheck> boundaryChecks, PermissionLimits limits) {

    Principal caller() {
        return request.principal();
    }

    boolean trust() {
        return hopType == PolicyType.TRUST;
    }

    List<StatementCheck> checksOf(PolicyType type) {
        return switch (type) {
            case IDENTITY -> identityChecks;
            case SESSION -> sessionChecks;
            case PERMISSIONS_BOUNDARY -> boundaryChecks;
            default -> resourceChecks;
        };
    }

    /** Every statement checked, identity side first. */
    Stream<StatementCheck> allChecks() {
        return Stream.of(identityChecks, resourceChecks, sessionChecks, boundaryChecks).flatMap(List::stream);
    }

    /** The Deny statements that deny the request (also those failing closed), identity side first. */
    List<StatementCheck> denies() {
        return allChecks().filter(StatementCheck::denies).toList();
    }

    /** The applying Allow statements whose principal names the caller. */
    List<StatementCheck> allows() {
        return allChecks().filter(c -> c.applies() && c.isAllow()).toList();
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

    /** The policy of a limiting type (session policy or boundary), or null. */
    NamedPolicy limitPolicy(PolicyType type) {
        return type == PolicyType.SESSION ? limits.sessionPolicy() : limits.permissionsBoundary();
    }
}
