package dev.flowsim.scenario.run;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.scenario.model.AccountSpec;
import dev.flowsim.scenario.model.FlowLogSpec;
import dev.flowsim.scenario.model.LogGroupSpec;
import dev.flowsim.scenario.model.RoleSpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds and changes a scenario's world the way its owner would: with the AWS SDK against the emulator, as each
 * account's root user. Only two things go in-process, because no AWS call does them: registering an extra
 * account's root keys, and (until the emulator has DeleteLogGroup) deleting a log group.
 */
final class World {

    private final Emulator emulator;
    private final Scenario scenario;
    private final AccountClients clients;
    private final Map<String, String> flowLogIds = new LinkedHashMap<>();

    World(Emulator emulator, Scenario scenario, AccountClients clients) {
        this.emulator = emulator;
        this.scenario = scenario;
        this.clients = clients;
        clients.register(EmulatorOptions.DEFAULT_ACCOUNT, EmulatorOptions.DEFAULT_ACCESS_KEY,
                EmulatorOptions.DEFAULT_SECRET_KEY);
        for (AccountSpec a : scenario.accounts()) {
            emulator.credentials().register(Credential.longTerm(AccountSpec.accessKeyOf(a.id()),
                    AccountSpec.secretOf(a.id()), Principal.root(a.id())));
            clients.register(a.id(), AccountSpec.accessKeyOf(a.id()), AccountSpec.secretOf(a.id()));
        }
    }

    /** Creates roles, log groups and flow logs in the order a person would. */
    void build() {
        scenario.roles().forEach(this::createRole);
        scenario.logGroups().forEach(this::createLogGroup);
        scenario.flowLogs().forEach(this::createFlowLog);
    }

    /** Flow-log ids by the scenario's names. */
    Map<String, String> flowLogIds() {
        return Map.copyOf(flowLogIds);
    }

    Optional<String> flowLogId(String name) {
        return Optional.ofNullable(flowLogIds.get(name));
    }

    void apply(TimelineEvent e, Instant start) {
        if (e.putRolePolicy() != null) {
            var c = e.putRolePolicy();
            String account = accountOfRole(c.role());
            clients.of(account, region()).iam().putRolePolicy(b -> b.roleName(c.role()).policyName(c.name())
                    .policyDocument(c.document().resolve(account, region())));
        } else if (e.deleteRolePolicy() != null) {
            var c = e.deleteRolePolicy();
            clients.of(accountOfRole(c.role()), region()).iam().deleteRolePolicy(b -> b.roleName(c.role())
                    .policyName(c.name()));
        } else if (e.updateTrust() != null) {
            var c = e.updateTrust();
            String account = accountOfRole(c.role());
            clients.of(account, region()).iam().updateAssumeRolePolicy(b -> b.roleName(c.role())
                    .policyDocument(c.document().resolve(account, region())));
        } else if (e.deleteRole() != null) {
            deleteRole(e.deleteRole());
        } else if (e.createRole() != null) {
            createRole(e.createRole());
        } else if (e.deleteLogGroup() != null) {
            LogGroupSpec g = e.deleteLogGroup();
            // In-process: the emulator has no DeleteLogGroup operation yet.
            emulator.logs().deleteGroup(account(g.account()), regionOf(g.region()), g.name());
        } else if (e.createLogGroup() != null) {
            createLogGroup(e.createLogGroup());
        } else if (e.addFault() != null) {
            emulator.faults().add(e.addFault(), start);
        } else if (e.removeFault() != null) {
            emulator.faults().remove(e.removeFault());
        } else if (e.deleteFlowLog() != null) {
            FlowLogSpec f = flowLogSpec(e.deleteFlowLog());
            clients.of(account(f.account()), regionOf(f.region())).ec2()
                    .deleteFlowLogs(b -> b.flowLogIds(flowLogIds.get(f.name())));
        }
    }

    /** DescribeFlowLogs for one of the scenario's flow logs, as its owner sees it. */
    Optional<FlowLog> describe(String name) {
        FlowLogSpec f = flowLogSpec(name);
        String id = flowLogIds.get(name);
        if (id == null) {
            return Optional.empty();
        }
        return clients.of(account(f.account()), regionOf(f.region())).ec2()
                .describeFlowLogs(b -> b.flowLogIds(id)).flowLogs().stream().findFirst();
    }

    /** Messages of every event in a log group, stream by stream, read with GetLogEvents. */
    List<String> messages(String group, String account, String region) {
        var logs = clients.of(account(account), regionOf(region)).logs();
        List<String> out = new java.util.ArrayList<>();
        if (logs.describeLogGroups(b -> b.logGroupNamePrefix(group)).logGroups().stream()
                .noneMatch(g -> g.logGroupName().equals(group))) {
            return out;
        }
        for (var page : logs.describeLogStreamsPaginator(b -> b.logGroupName(group))) {
            for (var stream : page.logStreams()) {
                String token = null;
                while (true) {
                    String t = token;
                    var events = logs.getLogEvents(b -> b.logGroupName(group).logStreamName(stream.logStreamName())
                            .startFromHead(true).nextToken(t));
                    events.events().forEach(ev -> out.add(ev.message()));
                    if (events.events().isEmpty() || events.nextForwardToken().equals(token)) {
                        break;
                    }
                    token = events.nextForwardToken();
                }
            }
        }
        return out;
    }

    private void createRole(RoleSpec r) {
        String account = account(r.account());
        var iam = clients.of(account, region()).iam();
        iam.createRole(b -> b.roleName(r.name()).assumeRolePolicyDocument(r.trust().resolve(account, region())));
        for (RoleSpec.InlinePolicy p : r.policies()) {
            iam.putRolePolicy(b -> b.roleName(r.name()).policyName(p.name())
                    .policyDocument(p.document().resolve(account, region())));
        }
    }

    private void deleteRole(String name) {
        var iam = clients.of(accountOfRole(name), region()).iam();
        for (String policy : iam.listRolePolicies(b -> b.roleName(name)).policyNames()) {
            iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy));
        }
        iam.deleteRole(b -> b.roleName(name));
    }

    private void createLogGroup(LogGroupSpec g) {
        clients.of(account(g.account()), regionOf(g.region())).logs().createLogGroup(b -> b.logGroupName(g.name()));
    }

    private void createFlowLog(FlowLogSpec f) {
        String account = account(f.account());
        String region = regionOf(f.region());
        var ec2 = clients.of(account, region).ec2();
        String[] resource = resolveResource(f.resourceOrDefault(), ec2);
        String roleArn = f.roleArn() != null ? f.roleArn() : "arn:aws:iam::" + account + ":role/" + f.role();
        CreateFlowLogsResponse created = ec2.createFlowLogs(b -> b.resourceType(resource[0])
                .resourceIds(resource[1]).trafficType(f.trafficTypeOrDefault()).logDestinationType("cloud-watch-logs")
                .logGroupName(f.logGroup()).deliverLogsPermissionArn(roleArn)
                .maxAggregationInterval(f.intervalOrDefault()));
        if (!created.unsuccessful().isEmpty() || created.flowLogIds().size() != 1) {
            throw new IllegalStateException("CreateFlowLogs for flow log '" + f.name() + "' failed: "
                    + created.unsuccessful().stream().map(u -> u.error().code() + ": " + u.error().message())
                    .toList());
        }
        flowLogIds.put(f.name(), created.flowLogIds().get(0));
    }

    /** {@code vpc}, {@code subnet}, {@code eni:NAME} in the built-in topology, or an id → (ResourceType, id). */
    private static String[] resolveResource(String resource, software.amazon.awssdk.services.ec2.Ec2Client ec2) {
        if (resource.equals("vpc")) {
            return new String[] {"VPC", ec2.describeVpcs().vpcs().get(0).vpcId()};
        }
        if (resource.equals("subnet")) {
            return new String[] {"Subnet", ec2.describeSubnets().subnets().get(0).subnetId()};
        }
        if (resource.startsWith("eni:")) {
            String name = "flowsim-" + resource.substring(4);
            return ec2.describeNetworkInterfaces().networkInterfaces().stream()
                    .filter(n -> n.tagSet().stream().anyMatch(t -> tagIs(t, name)))
                    .map(n -> new String[] {"NetworkInterface", n.networkInterfaceId()}).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no interface named " + name));
        }
        String type = resource.startsWith("vpc-") ? "VPC" : resource.startsWith("subnet-") ? "Subnet"
                : "NetworkInterface";
        return new String[] {type, resource};
    }

    private static boolean tagIs(Tag t, String name) {
        return "Name".equals(t.key()) && name.equals(t.value());
    }

    private FlowLogSpec flowLogSpec(String name) {
        return scenario.flowLogs().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no flow log named " + name));
    }

    private String accountOfRole(String roleName) {
        return scenario.roles().stream().filter(r -> r.name().equals(roleName)).map(r -> account(r.account()))
                .findFirst().orElseGet(() -> scenario.timeline().stream().filter(e -> e.createRole() != null
                        && e.createRole().name().equals(roleName)).map(e -> account(e.createRole().account()))
                        .findFirst().orElse(EmulatorOptions.DEFAULT_ACCOUNT));
    }

    private static String account(String account) {
        return account == null ? EmulatorOptions.DEFAULT_ACCOUNT : account;
    }

    private String region() {
        return scenario.regionOrDefault();
    }

    private String regionOf(String region) {
        return region == null ? region() : region;
    }
}
