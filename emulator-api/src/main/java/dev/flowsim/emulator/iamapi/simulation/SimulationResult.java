package dev.flowsim.emulator.iamapi.simulation;

import java.util.List;

/**
 * What a simulation answers: AWS's SimulatePolicyResponse, plus flowsim's explanation of each decision.
 *
 * @param results    one per action and resource (just the action when no ResourceArns are given), in input order
 * @param truncated  IsTruncated
 * @param nextMarker Marker for the next page, or null
 */
public record SimulationResult(List<Evaluation> results, boolean truncated, String nextMarker) {

    /**
     * One EvaluationResult.
     *
     * @param decision                  {@code allowed}, {@code explicitDeny} or {@code implicitDeny}
     * @param allowedByBoundary         PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary, null without
     *                                  boundary policies
     * @param resourceSpecific          ResourceSpecificResults: present (one entry) when ResourceArns were given
     * @param explanation               the policy engine's explanation (not part of AWS's response)
     */
    public record Evaluation(String actionName, String resourceName, String decision, List<Matched> matched,
                             List<String> missingContextValues, Boolean allowedByBoundary,
                             List<ResourceSpecific> resourceSpecific, String explanation) {
    }

    /** A ResourceSpecificResult. */
    public record ResourceSpecific(String resourceName, String decision, List<Matched> matched,
                                   List<String> missingContextValues, Boolean allowedByBoundary) {
    }

    /** A MatchedStatements member: which input policy, and where in its text the statement is. */
    public record Matched(String sourcePolicyId, String sourcePolicyType, Position start, Position end) {
    }

    /** Line and column, both 1-based. */
    public record Position(int line, int column) {
    }
}
