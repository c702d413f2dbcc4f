package dev.flowsim.emulator.iamapi.simulation;

import java.util.List;

/**
 * One policy simulation, with the members of SimulateCustomPolicy / SimulatePrincipalPolicy (and of
 * {@code aws iam simulate-custom-policy --cli-input-json}).
 *
 * @param identityPolicies       the identity-based policies evaluated (PolicyInputList, or the principal's policies
 *                               followed by PolicyInputList)
 * @param boundaryPolicies       PermissionsBoundaryPolicyInputList
 * @param actionNames            ActionNames, at least one
 * @param resourceArns           ResourceArns; empty means {@code *}
 * @param resourcePolicy         ResourcePolicy, or null; a policy without any Resource/NotResource is taken as a
 *                               role trust policy (flowsim's extension)
 * @param resourceOwner          ResourceOwner (an account ARN or id), or null
 * @param callerArn              CallerArn, or null; besides IAM users flowsim accepts roles, sessions, the root user
 *                               and service principals such as {@code vpc-flow-logs.amazonaws.com}
 * @param contextEntries         ContextEntries
 * @param resourceHandlingOption ResourceHandlingOption, or null
 * @param maxItems               MaxItems, or null
 * @param marker                 Marker, or null
 * @param defaultAccount         the account of the simulation when neither CallerArn nor ResourceOwner names one:
 *                               the calling account on the server, the policy source's account for
 *                               SimulatePrincipalPolicy
 */
public record SimulationInput(List<SimulationPolicy> identityPolicies, List<String> boundaryPolicies,
                              List<String> actionNames, List<String> resourceArns, String resourcePolicy,
                              String resourceOwner, String callerArn, List<ContextEntry> contextEntries,
                              String resourceHandlingOption, Integer maxItems, String marker,
                              String defaultAccount) {

    public SimulationInput {
        identityPolicies = List.copyOf(identityPolicies);
        boundaryPolicies = List.copyOf(boundaryPolicies);
        actionNames = List.copyOf(actionNames);
        resourceArns = List.copyOf(resourceArns);
        contextEntries = List.copyOf(contextEntries);
    }

    /**
     * A policy document with the identifiers the simulator reports for it.
     *
     * @param sourcePolicyId   e.g. {@code PolicyInputList.1}, or the policy's name for a principal's own policies
     * @param sourcePolicyType {@code user}, {@code role}, {@code user-managed}, {@code resource}, or null when AWS
     *                         reports none (PolicyInputList)
     * @param text             the JSON text
     */
    public record SimulationPolicy(String sourcePolicyId, String sourcePolicyType, String text) {
    }

    /** A ContextEntries member: key name, values and the declared ContextKeyType (may be null). */
    public record ContextEntry(String name, List<String> values, String type) {

        public ContextEntry {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
