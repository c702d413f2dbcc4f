package dev.flowsim.scenario.load;

import dev.flowsim.emulator.faults.DurationText;
import dev.flowsim.emulator.faults.FaultSpec;
import dev.flowsim.scenario.model.AccountSpec;
import dev.flowsim.scenario.model.ExpectationSpec;
import dev.flowsim.scenario.model.FlowLogSpec;
import dev.flowsim.scenario.model.LogGroupSpec;
import dev.flowsim.scenario.model.ResourcePolicySpec;
import dev.flowsim.scenario.model.ManagedPolicySpec;
import dev.flowsim.scenario.model.RoleSpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import dev.flowsim.scenario.model.UserSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a single value cannot: names are unique, references point at things the scenario defines, accounts
 * are declared, times fall inside the run. Checks the scenario as written and, if it has one, with its fix.
 */
final class ReferenceChecks {

    /** A problem at a JSON pointer of the document. */
    record Finding(String pointer, String message) {
    }

    private final Scenario scenario;
    private final dev.flowsim.scenario.model.FixSpec fix;
    private final List<Finding> findings;
    private final Set<String> accounts = new HashSet<>();

    /** @param fix the fix whose sections replaced the scenario's, when checking the fixed variant; else null */
    private ReferenceChecks(Scenario scenario, dev.flowsim.scenario.model.FixSpec fix, List<Finding> findings) {
        this.scenario = scenario;
        this.fix = fix;
        this.findings = findings;
        accounts.add(dev.flowsim.emulator.EmulatorOptions.DEFAULT_ACCOUNT);
        scenario.accounts().stream().map(AccountSpec::id).forEach(accounts::add);
    }

    static List<Finding> check(Scenario scenario) {
        List<Finding> findings = new ArrayList<>();
        new ReferenceChecks(scenario, null, findings).run();
        if (scenario.fix() != null) {
            new ReferenceChecks(scenario.fixed(), scenario.fix(), findings).run();
        }
        return findings.stream().distinct().toList();
    }

    /** Pointer of an entry of a section: inside the fix when the fix replaced that section. */
    private String at(String section, int index, String rest) {
        String base = fixHas(section) ? "/fix/" + section : "/" + section;
        return base + (index >= 0 ? "/" + index : "") + (rest.isEmpty() ? "" : "/" + rest);
    }

    private boolean fixHas(String section) {
        if (fix == null) {
            return false;
        }
        return switch (section) {
            case "roles" -> fix.roles() != null;
            case "logGroups" -> fix.logGroups() != null;
            case "flowLogs" -> fix.flowLogs() != null;
            case "faults" -> fix.faults() != null;
            case "timeline" -> fix.timeline() != null;
            case "expectations" -> fix.expectations() != null;
            case "users" -> fix.users() != null;
            case "managedPolicies" -> fix.managedPolicies() != null;
            case "resourcePolicies" -> fix.resourcePolicies() != null;
            default -> false;
        };
    }

    private void run() {
        Set<String> managed = new HashSet<>();
        for (int i = 0; i < scenario.managedPolicies().size(); i++) {
            ManagedPolicySpec p = scenario.managedPolicies().get(i);
            account(p.account(), at("managedPolicies", i, "account"));
            if (!managed.add(accountOf(p.account()) + "/" + p.name())) {
                add(at("managedPolicies", i, "name"), "managed policy '" + p.name() + "' is defined twice");
            }
        }
        Set<String> roleKeys = new HashSet<>();
        for (int i = 0; i < scenario.roles().size(); i++) {
            RoleSpec r = scenario.roles().get(i);
            account(r.account(), at("roles", i, "account"));
            if (!roleKeys.add(accountOf(r.account()) + "/" + r.name())) {
                add(at("roles", i, "name"), "role '" + r.name() + "' is defined twice");
            }
            attachable(r.managedPolicies(), accountOf(r.account()), managed, at("roles", i, "managedPolicies"));
        }
        Set<String> users = new HashSet<>();
        Set<String> usersWithKeys = new HashSet<>();
        for (int i = 0; i < scenario.users().size(); i++) {
            UserSpec u = scenario.users().get(i);
            account(u.account(), at("users", i, "account"));
            if (!users.add(accountOf(u.account()) + "/" + u.name())) {
                add(at("users", i, "name"), "user '" + u.name() + "' is defined twice");
            }
            if (u.accessKeysOrDefault() > 0) {
                usersWithKeys.add(accountOf(u.account()) + "/" + u.name());
            }
            attachable(u.managedPolicies(), accountOf(u.account()), managed, at("users", i, "managedPolicies"));
        }
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < scenario.logGroups().size(); i++) {
            LogGroupSpec g = scenario.logGroups().get(i);
            account(g.account(), at("logGroups", i, "account"));
            if (!groups.add(accountOf(g.account()) + "/" + regionOf(g.region()) + "/" + g.name())) {
                add(at("logGroups", i, "name"), "log group '" + g.name() + "' is defined twice");
            }
        }
        Set<String> resourcePolicies = new HashSet<>();
        for (int i = 0; i < scenario.resourcePolicies().size(); i++) {
            ResourcePolicySpec p = scenario.resourcePolicies().get(i);
            account(p.account(), at("resourcePolicies", i, "account"));
            if (!resourcePolicies.add(accountOf(p.account()) + "/" + regionOf(p.region()) + "/" + p.name())) {
                add(at("resourcePolicies", i, "name"), "resource policy '" + p.name() + "' is defined twice");
            }
        }
        Set<String> createdRoles = new HashSet<>(roleKeys);
        scenario.timeline().stream().filter(e -> e.createRole() != null)
                .forEach(e -> createdRoles.add(accountOf(e.createRole().account()) + "/" + e.createRole().name()));
        Set<String> flowLogs = new HashSet<>();
        for (int i = 0; i < scenario.flowLogs().size(); i++) {
            FlowLogSpec f = scenario.flowLogs().get(i);
            account(f.account(), at("flowLogs", i, "account"));
            account(f.logGroupAccount(), at("flowLogs", i, "logGroupAccount"));
            if (!flowLogs.add(f.name())) {
                add(at("flowLogs", i, "name"), "flow log '" + f.name() + "' is defined twice");
            }
            if (f.role() != null && !roleKeys.contains(accountOf(f.account()) + "/" + f.role())) {
                add(at("flowLogs", i, "role"), "flow log '" + f.name() + "' names role '" + f.role()
                        + "', which the scenario does not define in account " + accountOf(f.account())
                        + " (use roleArn for a role that should not exist)");
            }
            if (f.createdBy() != null && !usersWithKeys.contains(accountOf(f.account()) + "/" + f.createdBy())) {
                add(at("flowLogs", i, "createdBy"), "flow log '" + f.name() + "' is created by user '"
                        + f.createdBy() + "', which the scenario does not define with an access key in account "
                        + accountOf(f.account()));
            }
        }
        Set<String> faultIds = new HashSet<>();
        for (int i = 0; i < scenario.faults().size(); i++) {
            FaultSpec f = scenario.faults().get(i);
            if (!faultIds.add(f.id())) {
                add(at("faults", i, "id"), "fault id '" + f.id() + "' is used twice");
            }
        }
        Duration end = scenario.durationOrDefault().plus(scenario.deliveryOrDefault().delay() == null
                ? Duration.ofMinutes(5) : DurationText.parse(scenario.deliveryOrDefault().delay()));
        for (int i = 0; i < scenario.timeline().size(); i++) {
            TimelineEvent e = scenario.timeline().get(i);
            within(e.at(), end, at("timeline", i, "at"));
            String role = roleNamed(e);
            if (role != null && createdRoles.stream().noneMatch(k -> k.endsWith("/" + role))) {
                add(at("timeline", i, ""), "the event names role '" + role + "', which the scenario does not define");
            }
            if (e.addFault() != null) {
                faultIds.add(e.addFault().id());
            }
            if (e.deleteFlowLog() != null && !flowLogs.contains(e.deleteFlowLog())) {
                add(at("timeline", i, "deleteFlowLog"), "no flow log named '" + e.deleteFlowLog() + "'");
            }
            checkNewActions(e, i, flowLogs, users, managed, createdRoles);
        }
        for (int i = 0; i < scenario.expectations().size(); i++) {
            checkExpectation(scenario.expectations().get(i), i, flowLogs, faultIds, end);
        }
    }

    /** Timeline actions that name managed policies, users, resource-policy accounts or a flow log to change. */
    private void checkNewActions(TimelineEvent e, int i, Set<String> flowLogs, Set<String> users,
                                 Set<String> managed, Set<String> roles) {
        for (var a : new TimelineEvent.PolicyAttachment[] {e.attachPolicy(), e.detachPolicy()}) {
            if (a == null) {
                continue;
            }
            String action = a == e.attachPolicy() ? "attachPolicy" : "detachPolicy";
            String holder = a.role() != null ? roles.stream().filter(k -> k.endsWith("/" + a.role())).findFirst()
                    .orElse(null) : users.stream().filter(k -> k.endsWith("/" + a.user())).findFirst().orElse(null);
            if (holder == null) {
                add(at("timeline", i, action), "the event names " + a.holder() + ", which the scenario does not "
                        + "define");
            } else {
                attachable(java.util.List.of(a.policy()), holder.substring(0, holder.indexOf('/')), managed,
                        at("timeline", i, action + "/policy"));
            }
        }
        if (e.putResourcePolicy() != null) {
            account(e.putResourcePolicy().account(), at("timeline", i, "putResourcePolicy/account"));
        }
        if (e.deleteResourcePolicy() != null) {
            account(e.deleteResourcePolicy().account(), at("timeline", i, "deleteResourcePolicy/account"));
        }
        if (e.changeFlowLog() != null) {
            var c = e.changeFlowLog();
            var original = scenario.flowLogs().stream().filter(f -> f.name().equals(c.flowLog())).findFirst();
            if (original.isEmpty()) {
                add(at("timeline", i, "changeFlowLog/flowLog"), "no flow log named '" + c.flowLog() + "'");
                return;
            }
            try {
                var changed = c.applyTo(original.get());
                if (changed.role() != null && !roles.contains(accountOf(changed.account()) + "/" + changed.role())) {
                    add(at("timeline", i, "changeFlowLog/role"), "changeFlowLog names role '" + changed.role()
                            + "', which the scenario does not define in account " + accountOf(changed.account()));
                }
            } catch (IllegalArgumentException ex) {
                add(at("timeline", i, "changeFlowLog"), ex.getMessage());
            }
        }
    }

    /** Managed policies by name must be the scenario's, in the holder's account; ARNs are taken as written. */
    private void attachable(java.util.List<String> policies, String account, Set<String> managed, String pointer) {
        for (String p : policies) {
            if (!p.startsWith("arn:") && !managed.contains(account + "/" + p)) {
                add(pointer, "managed policy '" + p + "' is not defined under 'managedPolicies' in account "
                        + account + " (name one of the scenario's, or write its ARN)");
            }
        }
    }

    private void checkExpectation(ExpectationSpec x, int i, Set<String> flowLogs, Set<String> faultIds,
                                  Duration end) {
        String flowLog = x.flowLogStatus() != null ? x.flowLogStatus().flowLog()
                : x.records() != null ? x.records().flowLog()
                : x.flowLogCreation() != null ? x.flowLogCreation().flowLog() : null;
        if (flowLog != null && !flowLogs.contains(flowLog)) {
            add(at("expectations", i, ""), "no flow log named '" + flowLog + "'");
        }
        if (x.flowLogStatus() != null && x.flowLogStatus().at() != null) {
            within(x.flowLogStatus().at(), end, at("expectations", i, "flowLogStatus/at"));
        }
        if (x.faultFired() != null && !faultIds.contains(x.faultFired().fault())) {
            add(at("expectations", i, "faultFired/fault"), "no fault with id '" + x.faultFired().fault() + "'");
        }
    }

    private static String roleNamed(TimelineEvent e) {
        if (e.putRolePolicy() != null) {
            return e.putRolePolicy().role();
        }
        if (e.deleteRolePolicy() != null) {
            return e.deleteRolePolicy().role();
        }
        if (e.updateTrust() != null) {
            return e.updateTrust().role();
        }
        return e.deleteRole();
    }

    private void within(String at, Duration end, String pointer) {
        if (DurationText.parse(at).compareTo(end) > 0) {
            add(pointer, "'" + at + "' is after the run ends (" + DurationText.format(end)
                    + " = duration + delivery delay)");
        }
    }

    private void account(String account, String pointer) {
        if (account != null && !accounts.contains(account)) {
            add(pointer, "account " + account + " is not declared under 'accounts'");
        }
    }

    private String accountOf(String account) {
        return account == null ? dev.flowsim.emulator.EmulatorOptions.DEFAULT_ACCOUNT : account;
    }

    private String regionOf(String region) {
        return region == null ? scenario.regionOrDefault() : region;
    }

    private void add(String pointer, String message) {
        findings.add(new Finding(pointer, message));
    }
}
