package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.FaultSpec;

/**
 * One change of the world at a simulated time ({@code at}, an offset from the start). Exactly one action per event.
 * Actions added later come last so earlier positions stay stable.
 */
public record TimelineEvent(String at, RolePolicyChange putRolePolicy, RolePolicyName deleteRolePolicy,
                            TrustChange updateTrust, String deleteRole, RoleSpec createRole,
                            LogGroupSpec deleteLogGroup, LogGroupSpec createLogGroup, FaultSpec addFault,
                            String removeFault, String deleteFlowLog, PolicyAttachment attachPolicy,
                            PolicyAttachment detachPolicy, ResourcePolicyChange putResourcePolicy,
                            ResourcePolicyName deleteResourcePolicy, FlowLogChange changeFlowLog,
                            Boolean stopTraffic, Boolean startTraffic) {

    public TimelineEvent {
        Checks.require(at != null, "timeline event needs 'at' (an offset from the start, e.g. 5m)");
        Checks.duration(at, "at");
        Checks.require(Checks.exactlyOne(putRolePolicy, deleteRolePolicy, updateTrust, deleteRole, createRole,
                        deleteLogGroup, createLogGroup, addFault, removeFault, deleteFlowLog, attachPolicy,
                        detachPolicy, putResourcePolicy, deleteResourcePolicy, changeFlowLog, stopTraffic,
                        startTraffic) == 1,
                "a timeline event has exactly one action: putRolePolicy, deleteRolePolicy, updateTrust, deleteRole, "
                        + "createRole, deleteLogGroup, createLogGroup, addFault, removeFault, deleteFlowLog, "
                        + "attachPolicy, detachPolicy, putResourcePolicy, deleteResourcePolicy, changeFlowLog, "
                        + "stopTraffic or startTraffic");
        Checks.require(stopTraffic == null || stopTraffic, "stopTraffic is written 'stopTraffic: true'");
        Checks.require(startTraffic == null || startTraffic, "startTraffic is written 'startTraffic: true'");
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
        if (attachPolicy != null) {
            return "attach managed policy " + attachPolicy.policy() + " to " + attachPolicy.holder();
        }
        if (detachPolicy != null) {
            return "detach managed policy " + detachPolicy.policy() + " from " + detachPolicy.holder();
        }
        if (putResourcePolicy != null) {
            return "put log resource policy " + putResourcePolicy.name();
        }
        if (deleteResourcePolicy != null) {
            return "delete log resource policy " + deleteResourcePolicy.name();
        }
        if (changeFlowLog != null) {
            return "re-create flow log " + changeFlowLog.flowLog() + " with new settings";
        }
        if (stopTraffic != null) {
            return "stop traffic";
        }
        if (startTraffic != null) {
            return "start traffic";
        }
        return "delete flow log " + deleteFlowLog;
    }

    /** A managed policy (a scenario's by name, or an ARN) and the role or user it is attached to or detached from. */
    public record PolicyAttachment(String policy, String role, String user) {
        public PolicyAttachment {
            Checks.require(policy != null, "attachPolicy/detachPolicy needs 'policy'");
            Checks.require(Checks.exactlyOne(role, user) == 1, "attachPolicy/detachPolicy needs 'role' or 'user'");
        }

        public String holder() {
            return role != null ? "role " + role : "user " + user;
        }
    }

    /** A CloudWatch Logs resource policy of an account and region, put (created or replaced) by name. */
    public record ResourcePolicyChange(String name, String account, String region, PolicyRef document) {
        public ResourcePolicyChange {
            Checks.require(name != null && document != null, "putResourcePolicy needs name and document");
            if (account != null) {
                Checks.account(account, "account");
            }
            if (region != null) {
                Checks.region(region, "region");
            }
        }
    }

    /** A CloudWatch Logs resource policy, by name. */
    public record ResourcePolicyName(String name, String account, String region) {
        public ResourcePolicyName {
            Checks.require(name != null, "deleteResourcePolicy needs 'name'");
            if (account != null) {
                Checks.account(account, "account");
            }
            if (region != null) {
                Checks.region(region, "region");
            }
        }
    }

    /**
     * New settings for a flow log. AWS cannot modify a flow log's destination, role, traffic type, interval or
     * format, so the runner deletes it (DeleteFlowLogs) and creates it again (CreateFlowLogs) with the settings
     * given here replacing the old ones; the scenario's name then stands for the new flow log.
     */
    public record FlowLogChange(String flowLog, String logGroup, String logGroupRegion, String role, String roleArn,
                                String trafficType, Integer maxAggregationInterval, String logFormat) {
        public FlowLogChange {
            Checks.require(flowLog != null, "changeFlowLog needs 'flowLog'");
            Checks.require(logGroup != null || logGroupRegion != null || role != null || roleArn != null
                            || trafficType != null || maxAggregationInterval != null || logFormat != null,
                    "changeFlowLog needs at least one of logGroup, logGroupRegion, role, roleArn, trafficType, "
                            + "maxAggregationInterval, logFormat");
            Checks.require(role == null || roleArn == null, "changeFlowLog takes 'role' or 'roleArn', not both");
        }

        /** The flow log as it is after the change (validated as a flow log). */
        public FlowLogSpec applyTo(FlowLogSpec f) {
            boolean newRole = role != null || roleArn != null;
            return new FlowLogSpec(f.name(), f.account(), f.region(), f.resource(),
                    trafficType != null ? trafficType : f.trafficType(),
                    logGroup != null ? logGroup : f.logGroup(),
                    newRole ? role : f.role(), newRole ? roleArn : f.roleArn(),
                    maxAggregationInterval != null ? maxAggregationInterval : f.maxAggregationInterval(),
                    logFormat != null ? logFormat : f.logFormat(),
                    logGroupRegion != null ? logGroupRegion : f.logGroupRegion(), f.createdBy(),
                    f.logGroupAccount());
        }
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
