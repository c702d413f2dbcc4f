package dev.flowsim.scenario.run;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.scenario.model.AccountSpec;
import dev.flowsim.scenario.model.FlowLogSpec;
import dev.flowsim.scenario.model.LogGroupSpec;
import dev.flowsim.scenario.model.ResourcePolicySpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Builds and changes a scenario's world the way its owner would: with the AWS SDK against the emulator, as each
 * account's root user (or as one of the scenario's users where it says so). Only one thing goes in-process,
 * because no AWS call does it: registering an extra account's root keys.
 */
final class World {

    /** CreateFlowLogs' answer for one flow log: created, or refused with an error code and message. */
    record Creation(boolean created, String code, String message) {
    }

    private final Emulator emulator;
    private final Scenario scenario;
    private final AccountClients clients;
    private final Identities identities;
    private final Map<String, String> flowLogIds = new LinkedHashMap<>();
    private final Map<String, String> namesById = new ConcurrentHashMap<>();
    private final Map<String, FlowLogSpec> current = new LinkedHashMap<>();
    private final Map<String, Creation> creations = new LinkedHashMap<>();
    private final Set<String> refusalsExpected;

    World(Emulator emulator, Scenario scenario, AccountClients clients) {
        this.emulator = emulator;
        this.scenario = scenario;
        this.clients = clients;
        this.identities = new Identities(scenario, clients);
        this.refusalsExpected = scenario.expectations().stream().filter(x -> x.flowLogCreation() != null)
                .map(x -> x.flowLogCreation().flowLog()).collect(Collectors.toSet());
        clients.register(EmulatorOptions.DEFAULT_ACCOUNT, EmulatorOptions.DEFAULT_ACCESS_KEY,
                EmulatorOptions.DEFAULT_SECRET_KEY);
        for (AccountSpec a : scenario.accounts()) {
            emulator.credentials().register(Credential.longTerm(AccountSpec.accessKeyOf(a.id()),
                    AccountSpec.secretOf(a.id()), Principal.root(a.id())));
            clients.register(a.id(), AccountSpec.accessKeyOf(a.id()), AccountSpec.secretOf(a.id()));
        }
        scenario.flowLogs().forEach(f -> current.put(f.name(), f));
    }

    /**
     * Creates managed policies, roles, users, log groups, log resource policies and flow logs in the order a person
     * would.
     */
    void build() {
        identities.build();
        scenario.logGroups().forEach(this::createLogGroup);
        scenario.resourcePolicies().forEach(this::putResourcePolicy);
        scenario.flowLogs().forEach(this::createFlowLog);
    }

    /** The scenario's name for a flow-log id, including ids of flow logs since re-created. */
    String nameOf(String flowLogId) {
        return namesById.getOrDefault(flowLogId, flowLogId);
    }

    Optional<Creation> creation(String name) {
        return Optional.ofNullable(creations.get(name));
    }

    void apply(TimelineEvent e, Instant start) {
        if (e.putRolePolicy() != null) {
            var c = e.putRolePolicy();
            String account = identities.accountOfRole(c.role());
            clients.of(account, region()).iam().putRolePolicy(b -> b.roleName(c.role()).policyName(c.name())
                    .policyDocument(c.document().resolve(account, identities.regionOfRole(c.role()))));
        } else if (e.deleteRolePolicy() != null) {
            var c = e.deleteRolePolicy();
            clients.of(identities.accountOfRole(c.role()), region()).iam().deleteRolePolicy(b -> b.roleName(c.role())
                    .policyName(c.name()));
        } else if (e.updateTrust() != null) {
            var c = e.updateTrust();
            String account = identities.accountOfRole(c.role());
            clients.of(account, region()).iam().updateAssumeRolePolicy(b -> b.roleName(c.role())
                    .policyDocument(c.document().resolve(account, identities.regionOfRole(c.role()))));
        } else if (e.deleteRole() != null) {
            identities.deleteRole(e.deleteRole());
        } else if (e.createRole() != null) {
            identities.createRole(e.createRole());
        } else if (e.deleteLogGroup() != null) {
            LogGroupSpec g = e.deleteLogGroup();
            clients.of(account(g.account()), regionOf(g.region())).logs().deleteLogGroup(b -> b.logGroupName(g.name()));
        } else if (e.createLogGroup() != null) {
            createLogGroup(e.createLogGroup());
        } else if (e.addFault() != null) {
            emulator.faults().add(e.addFault(), start);
        } else if (e.removeFault() != null) {
            emulator.faults().remove(e.removeFault());
        } else if (e.deleteFlowLog() != null) {
            deleteFlowLog(e.deleteFlowLog());
        } else if (e.attachPolicy() != null) {
            identities.attach(e.attachPolicy());
        } else if (e.detachPolicy() != null) {
            identities.detach(e.detachPolicy());
        } else if (e.putResourcePolicy() != null) {
            var c = e.putResourcePolicy();
            String account = account(c.account());
            String region = regionOf(c.region());
            clients.of(account, region).logs().putResourcePolicy(b -> b.policyName(c.name())
                    .policyDocument(c.document().resolve(account, region)));
        } else if (e.deleteResourcePolicy() != null) {
            var c = e.deleteResourcePolicy();
            clients.of(account(c.account()), regionOf(c.region())).logs()
                    .deleteResourcePolicy(b -> b.policyName(c.name()));
        } else if (e.changeFlowLog() != null) {
            FlowLogSpec changed = e.changeFlowLog().applyTo(flowLogSpec(e.changeFlowLog().flowLog()));
            deleteFlowLog(changed.name());
            current.put(changed.name(), changed);
            createFlowLog(changed);
        }
        // stopTraffic / startTraffic change no AWS state: the runner picks each window's traffic by them.
    }

    /** DescribeFlowLogs for one of the scenario's flow logs, as its owner sees it. */
    Optional<FlowLog> describe(String name) {
        FlowLogSpec f = flowLogSpec(name);
        String id = flowLogIds.get(name);
        if (id == null) {
            return Optional.empty();
        }
        return ownerEc2(f).describeFlowLogs(b -> b.flowLogIds(id)).flowLogs().stream().findFirst();
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

    private void putResourcePolicy(ResourcePolicySpec p) {
        String account = account(p.account());
        String region = regionOf(p.region());
        clients.of(account, region).logs().putResourcePolicy(b -> b.policyName(p.name())
                .policyDocument(p.document().resolve(account, region)));
    }

    private void createLogGroup(LogGroupSpec g) {
        clients.of(account(g.account()), regionOf(g.region())).logs().createLogGroup(b -> b.logGroupName(g.name()));
    }

    private void deleteFlowLog(String name) {
        String id = flowLogIds.remove(name);
        if (id == null) {
            throw new IllegalStateException("flow log '" + name + "' does not exist (its creation was refused)");
        }
        ownerEc2(flowLogSpec(name)).deleteFlowLogs(b -> b.flowLogIds(id));
    }

    /**
     * CreateFlowLogs as the owner or the flow log's {@code createdBy} user. A refusal is kept for a
     * {@code flowLogCreation} expectation naming this flow log; without one it stops the run.
     */
    private void createFlowLog(FlowLogSpec f) {
        String account = account(f.account());
        String region = regionOf(f.region());
        String[] resource = FlowLogResources.resolve(f.resourceOrDefault(), ownerEc2(f));
        String roleArn = f.roleArn() != null ? f.roleArn().replace("${account}", account)
                : "arn:aws:iam::" + account + ":role/" + f.role();
        String caller = f.createdBy() == null ? account : Identities.userKey(account, f.createdBy());
        Creation outcome;
        try {
            CreateFlowLogsResponse created = clients.of(caller, region).ec2().createFlowLogs(b -> {
                b.resourceType(resource[0]).resourceIds(resource[1]).trafficType(f.trafficTypeOrDefault())
                        .logDestinationType("cloud-watch-logs").deliverLogsPermissionArn(roleArn)
                        .maxAggregationInterval(f.intervalOrDefault()).logFormat(f.logFormat());
                String groupRegion = f.logGroupRegion() == null ? region : f.logGroupRegion();
                String groupAccount = f.logGroupAccount() == null ? account : f.logGroupAccount();
                if (!groupRegion.equals(region) || !groupAccount.equals(account)) {
                    b.logDestination("arn:aws:logs:" + groupRegion + ":" + groupAccount + ":log-group:"
                            + f.logGroup());
                } else {
                    b.logGroupName(f.logGroup());
                }
            });
            if (created.unsuccessful().isEmpty() && created.flowLogIds().size() == 1) {
                String id = created.flowLogIds().get(0);
                flowLogIds.put(f.name(), id);
                namesById.put(id, f.name());
                outcome = new Creation(true, null, null);
            } else {
                var error = created.unsuccessful().get(0).error();
                outcome = new Creation(false, error.code(), error.message());
            }
        } catch (AwsServiceException e) {
            outcome = new Creation(false, e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage());
        }
        creations.put(f.name(), outcome);
        if (!outcome.created() && !refusalsExpected.contains(f.name())) {
            throw new IllegalStateException("CreateFlowLogs for flow log '" + f.name() + "' failed: "
                    + outcome.code() + ": " + outcome.message());
        }
    }

    /** The owner's EC2 client in the flow log's region: lookups and DescribeFlowLogs/DeleteFlowLogs. */
    private Ec2Client ownerEc2(FlowLogSpec f) {
        return clients.of(account(f.account()), regionOf(f.region())).ec2();
    }

    private FlowLogSpec flowLogSpec(String name) {
        FlowLogSpec f = current.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no flow log named " + name);
        }
        return f;
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

    static boolean tagIs(Tag t, String name) {
        return "Name".equals(t.key()) && name.equals(t.value());
    }
}
