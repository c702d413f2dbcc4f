package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.DurationText;
import dev.flowsim.emulator.faults.FaultSpec;

import java.time.Duration;
import java.util.List;

/**
 * One scenario file: the world to build (accounts, roles, log groups, flow logs), the traffic and delivery settings,
 * faults, a timeline of changes, and the expectations that make the verdict. Times in a scenario are offsets from
 * its clock's start ({@code 5m}); {@code fix} is the same scenario with some sections replaced by their repaired form.
 * {@code users}, {@code managedPolicies}, {@code topology} and {@code resourcePolicies} (CloudWatch Logs resource
 * policies in place from the start) come last so earlier positions stay stable.
 */
public record Scenario(String name, String description, Explanation explanation, Long seed, ClockSpec clock,
                       String region, String duration, List<AccountSpec> accounts, List<RoleSpec> roles,
                       List<LogGroupSpec> logGroups, List<FlowLogSpec> flowLogs, TrafficSpec traffic,
                       DeliverySpec delivery, List<FaultSpec> faults, List<TimelineEvent> timeline,
                       List<ExpectationSpec> expectations, FixSpec fix, List<UserSpec> users,
                       List<ManagedPolicySpec> managedPolicies, TopologyRef topology,
                       List<ResourcePolicySpec> resourcePolicies) {

    public static final String DEFAULT_REGION = "us-east-2";
    public static final long DEFAULT_SEED = 7;

    public Scenario {
        Checks.require(name != null && name.matches("[a-z0-9][a-z0-9-]{0,63}"),
                "'name' is required: 1-64 lower-case letters, digits and '-'");
        Checks.require(description != null && !description.isBlank(), "'description' is required");
        if (duration != null) {
            Checks.duration(duration, "duration");
            Checks.require(DurationText.parse(duration).compareTo(Duration.ofHours(24)) <= 0
                    && DurationText.parse(duration).toSeconds() >= 60, "'duration' must be between 1m and 24h");
        }
        if (region != null) {
            Checks.region(region, "region");
        }
        accounts = Checks.list(accounts);
        roles = Checks.list(roles);
        logGroups = Checks.list(logGroups);
        flowLogs = Checks.list(flowLogs);
        faults = Checks.list(faults);
        timeline = Checks.list(timeline);
        expectations = Checks.list(expectations);
        users = Checks.list(users);
        managedPolicies = Checks.list(managedPolicies);
        resourcePolicies = Checks.list(resourcePolicies);
    }

    public long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    public String regionOrDefault() {
        return region == null ? DEFAULT_REGION : region;
    }

    public Duration durationOrDefault() {
        return duration == null ? Duration.ofMinutes(10) : DurationText.parse(duration);
    }

    public ClockSpec clockOrDefault() {
        return clock == null ? ClockSpec.DEFAULT : clock;
    }

    public TrafficSpec trafficOrDefault() {
        return traffic == null ? TrafficSpec.DEFAULT : traffic;
    }

    public DeliverySpec deliveryOrDefault() {
        return delivery == null ? DeliverySpec.DEFAULT : delivery;
    }

    /** This scenario with its fix applied: each section the fix names replaces the scenario's own. */
    public Scenario fixed() {
        if (fix == null) {
            throw new IllegalStateException("scenario " + name + " has no fix");
        }
        return new Scenario(name, description, explanation, seed, clock, region, duration, accounts,
                fix.roles() != null ? fix.roles() : roles,
                fix.logGroups() != null ? fix.logGroups() : logGroups,
                fix.flowLogs() != null ? fix.flowLogs() : flowLogs,
                traffic,
                fix.delivery() != null ? fix.delivery() : delivery,
                fix.faults() != null ? fix.faults() : faults,
                fix.timeline() != null ? fix.timeline() : timeline,
                fix.expectations() != null ? fix.expectations() : expectations,
                null,
                fix.users() != null ? fix.users() : users,
                fix.managedPolicies() != null ? fix.managedPolicies() : managedPolicies,
                topology,
                fix.resourcePolicies() != null ? fix.resourcePolicies() : resourcePolicies);
    }

    /** The same world judged by other expectations, without a fix (a broken world judged by its fix's checks). */
    public Scenario judgedBy(List<ExpectationSpec> otherExpectations) {
        return new Scenario(name, description, explanation, seed, clock, region, duration, accounts, roles, logGroups,
                flowLogs, traffic, delivery, faults, timeline, otherExpectations, null, users, managedPolicies,
                topology, resourcePolicies);
    }
}
