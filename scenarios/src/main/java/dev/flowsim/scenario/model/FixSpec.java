package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.FaultSpec;

import java.util.List;

/**
 * The repaired scenario: every section given replaces the scenario's own when run with its fix. A catalogue entry's
 * fix brings its own {@code expectations} (usually: delivered, SUCCESS, no denials).
 */
public record FixSpec(String description, List<RoleSpec> roles, List<LogGroupSpec> logGroups,
                      List<FlowLogSpec> flowLogs, DeliverySpec delivery, List<FaultSpec> faults,
                      List<TimelineEvent> timeline, List<ExpectationSpec> expectations, List<UserSpec> users,
                      List<ManagedPolicySpec> managedPolicies, List<ResourcePolicySpec> resourcePolicies) {

    public FixSpec {
        Checks.require(description != null && !description.isBlank(), "fix.description is required");
        Checks.require(expectations != null && !expectations.isEmpty(),
                "fix.expectations is required: what the repaired scenario must show");
    }
}
