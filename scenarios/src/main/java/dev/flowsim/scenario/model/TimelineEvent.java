package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.FaultSpec;

/**
 * One change of the world at a simulated time ({@code at}, an offset from the start). Exactly one action per event.
 */
public record TimelineEvent(String at, RolePolicyChange putRolePolicy, RolePolicyName deleteRolePolicy,
                            TrustChange updateTrust, String deleteRole, RoleSpec createRole,
                            LogGroupSpec deleteLogGroup, LogGroupSpec createLogGroup, FaultSpec addFault,
                            String removeFault, String deleteFlowLog) {

    public TimelineEvent {
        Checks.require(at != null, "timeline event needs 'at' (an offset from the start, e.g. 5m)");
        Checks.duration(at, "at");
        Checks.require(Checks.exactlyOne(putRolePolicy, deleteRolePolicy, updateTrust, deleteRole, createRole,
                        deleteLogGroup, createLogGroup, addFault, removeFault, deleteFlowLog) == 1,
                "a timeline event has exactly one action: putRolePolicy, deleteRolePolicy, updateTrust, deleteRole, "
                        + "createRole, deleteLogGroup, createLogGroup, addFault, removeFault or deleteFlowLog");
    }

    /** What the event does, in a few words, for reports. */
    public String summary() {
        if (putRolePolicy != null) {
            return "put role policy " + putRolePolicy.role() + "/" + putRolePolicy.name();
        }
        if (deleteRolePolicy != null) {
            return "delete role policy " + deleteRolePolicy.role() + "/" + deleteRolePolicy.name();
        }
        if (updateTrust != null) {
            return "update trust policy of " + updateTrust.role();
        }
        if (deleteRole != null) {
            return "delete role " + deleteRole;
        }
        if (createRole != null) {
            return "create role " + createRole.name();
        }
        if (deleteLogGroup != null) {
            return "delete log group " + deleteLogGroup.name();
        }
        if (createLogGroup != null) {
            return "create log group " + createLogGroup.name();
        }
        if (addFault != null) {
            return "start fault " + addFault.id();
        }
        if (removeFault != null) {
            return "stop fault " + removeFault;
        }
        return "delete flow log " + deleteFlowLog;
    }

    /** A role's inline policy, put (created or replaced). */
    public record RolePolicyChange(String role, String name, PolicyRef document) {
        public RolePolicyChange {
            Checks.require(role != null && name != null && document != null,
                    "putRolePolicy needs role, name and document");
        }
    }

    /** A role's inline policy, by name. */
    public record RolePolicyName(String role, String name) {
        public RolePolicyName {
            Checks.require(role != null && name != null, "deleteRolePolicy needs role and name");
        }
    }

    /** A role's new trust policy. */
    public record TrustChange(String role, PolicyRef document) {
        public TrustChange {
            Checks.require(role != null && document != null, "updateTrust needs role and document");
        }
    }
}
