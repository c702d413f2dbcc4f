package dev.flowsim.cli.demo;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.Accounting;
import dev.flowsim.simulator.accounting.DropReason;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The seed's walkthrough, played for real on a simulated clock: set up the role, the log group and the flow log with
 * the AWS SDK, let the Flow Logs publisher deliver, then break the role, watch the status go FAILED, explain the denial
 * and apply the fix. Every promise the walkthrough makes is checked; the result decides the exit code.
 */
public final class SeedWalkthrough {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final DemoConsole console;
    private final Settings settings;

    /** What the demo may be asked to vary. */
    public record Settings(long seed, Instant start, int healthyMinutes, int brokenMinutes, int recoveredMinutes,
                           int sampleRecords) {
    }

    public SeedWalkthrough(DemoConsole console, Settings settings) {
        this.console = console;
        this.settings = settings;
    }

    /** Runs the walkthrough; returns the list of promises that did not hold (empty = success). */
    public List<String> run() throws Exception {
        SimulatedClock clock = SimulatedClock.manual(settings.start());
        EmulatorOptions options = EmulatorOptions.defaults().withClock(clock).withSeed(settings.seed())
                .withServer(ServerConfig.defaults().withPort(0));
        try (Emulator emulator = Emulator.create(options)) {
            URI endpoint = emulator.start();
            try (DemoClients aws = new DemoClients(endpoint, EmulatorOptions.DEFAULT_REGION);
                 FlowLogsService flowLogs = new FlowLogsService(endpoint, clock, settings.seed())) {
                play(emulator, endpoint, clock, aws, flowLogs);
            }
        }
        return console.failures();
    }

    private void play(Emulator emulator, URI endpoint, SimulatedClock clock, DemoClients aws,
                      FlowLogsService flowLogs) throws Exception {
        String account = EmulatorOptions.DEFAULT_ACCOUNT;
        String region = EmulatorOptions.DEFAULT_REGION;
        console.title("flowsim demo: a VPC flow log delivered to CloudWatch Logs, broken, explained and fixed");
        console.detail("Emulator on " + endpoint + " (account " + account + ", region " + region + ").");
        console.detail("Simulated clock starts at " + settings.start() + " and jumps ahead as each window is "
                + "delivered;\nthe Flow Logs publisher talks to the emulator only through the AWS SDK, as AWS's own "
                + "service would.");

        console.step("Create the delivery role " + DemoPolicies.ROLE_NAME + ", trusted by vpc-flow-logs.amazonaws.com");
        String roleArn = aws.iam().createRole(b -> b.roleName(DemoPolicies.ROLE_NAME)
                .assumeRolePolicyDocument(DemoPolicies.trustPolicy(account, region))).role().arn();
        console.detail(roleArn + "  (trust conditions: aws:SourceAccount = " + account
                + ", aws:SourceArn like arn:aws:ec2:" + region + ":" + account + ":vpc-flow-log/*)");

        console.step("Attach the permissions policy " + DemoPolicies.POLICY_NAME);
        putPolicy(aws.iam(), DemoPolicies.DELIVERY_ACTIONS);
        console.detail("Allow " + String.join(", ", DemoPolicies.DELIVERY_ACTIONS) + " on *");

        console.step("Create the log group " + DemoPolicies.LOG_GROUP);
        aws.logs().createLogGroup(b -> b.logGroupName(DemoPolicies.LOG_GROUP));

        Vpc vpc = aws.ec2().describeVpcs().vpcs().get(0);
        console.step("Create a flow log for " + vpc.vpcId() + " (all traffic, 60-second aggregation)");
        CreateFlowLogsResponse created = aws.ec2().createFlowLogs(b -> b.resourceType("VPC").resourceIds(vpc.vpcId())
                .trafficType("ALL").logDestinationType("cloud-watch-logs").logGroupName(DemoPolicies.LOG_GROUP)
                .deliverLogsPermissionArn(roleArn).maxAggregationInterval(60));
        console.check(created.unsuccessful().isEmpty() && created.flowLogIds().size() == 1,
                "CreateFlowLogs returned one flow log id and no unsuccessful items");
        String flowLogId = created.flowLogIds().get(0);
        console.detail(flowLogId);

        Instant next = settings.start();
        console.step("Let " + settings.healthyMinutes() + " simulated minutes of traffic flow");
        Phase healthy = deliver(clock, flowLogs, flowLogId, next, settings.healthyMinutes());
        next = healthy.next;
        console.check(healthy.allOutcomes("SUCCESS") && healthy.accounting.delivered() > 0,
                "every window delivered (" + healthy.accounting.delivered() + " records)");
        showRecords(aws.logs());
        FlowLog status = describe(aws.ec2(), flowLogId);
        console.detail("DescribeFlowLogs: DeliverLogsStatus " + status.deliverLogsStatus());
        console.check("SUCCESS".equals(status.deliverLogsStatus()), "DeliverLogsStatus is SUCCESS");

        console.step("Remove logs:PutLogEvents from the role's permissions policy");
        putPolicy(aws.iam(), DemoPolicies.without("logs:PutLogEvents"));
        console.detail("aws iam put-role-policy --role-name " + DemoPolicies.ROLE_NAME + " --policy-name "
                + DemoPolicies.POLICY_NAME + " --policy-document '<the same policy without logs:PutLogEvents>'");

        console.step("Let " + settings.brokenMinutes() + " more minutes flow");
        Phase broken = deliver(clock, flowLogs, flowLogId, next, settings.brokenMinutes());
        next = broken.next;
        status = describe(aws.ec2(), flowLogId);
        console.detail("DescribeFlowLogs: DeliverLogsStatus " + status.deliverLogsStatus()
                + ", DeliverLogsErrorMessage \"" + status.deliverLogsErrorMessage() + "\"");
        console.check("FAILED".equals(status.deliverLogsStatus())
                && "Access error".equals(status.deliverLogsErrorMessage()), "the flow log reports FAILED / Access error");
        console.check(broken.accounting.dropped(DropReason.ACCESS_ERROR) == broken.accounting.generated()
                        && broken.accounting.generated() > 0,
                "all " + broken.accounting.generated() + " records of those windows were dropped as access errors");

        console.step("Why: the call that was denied, as AWS answered it and as flowsim explains it");
        explain(emulator, broken);

        console.step("Apply the fix and let " + settings.recoveredMinutes() + " more minutes flow");
        console.detail(fixCommand(endpoint));
        putPolicy(aws.iam(), DemoPolicies.DELIVERY_ACTIONS);
        Phase recovered = deliver(clock, flowLogs, flowLogId, next, settings.recoveredMinutes());
        status = describe(aws.ec2(), flowLogId);
        console.detail("DescribeFlowLogs: DeliverLogsStatus " + status.deliverLogsStatus());
        console.check(recovered.allOutcomes("SUCCESS") && "SUCCESS".equals(status.deliverLogsStatus()),
                "delivery recovered: DeliverLogsStatus is SUCCESS again");

        Accounting total = flowLogs.totals();
        console.step("Every record accounted for");
        console.detail("generated " + total.generated() + " = delivered " + total.delivered() + " + rejected "
                + total.rejectedTotal() + " + dropped " + total.droppedTotal() + " (access error "
                + total.dropped(DropReason.ACCESS_ERROR) + ") + pending " + total.netCarried());
        long stored = emulator.logs().eventCount(account, region, DemoPolicies.LOG_GROUP);
        console.check(total.isBalanced(), "generated = delivered + rejected + dropped + pending");
        console.check(stored == total.delivered(),
                "the log group holds exactly the delivered records (" + stored + ")");
    }

    private void putPolicy(IamClient iam, List<String> actions) {
        iam.putRolePolicy(b -> b.roleName(DemoPolicies.ROLE_NAME).policyName(DemoPolicies.POLICY_NAME)
                .policyDocument(DemoPolicies.permissionsPolicy(actions)));
    }

    /** Delivers {@code minutes} consecutive one-minute windows starting at {@code first}. */
    private Phase deliver(SimulatedClock clock, FlowLogsService flowLogs, String flowLogId, Instant first,
                          int minutes) throws Exception {
        Phase phase = new Phase();
        Instant windowStart = first;
        for (int i = 0; i < minutes; i++) {
            clock.advanceTo(flowLogs.deliveryDueAt(windowStart, WINDOW));
            WindowReport report = flowLogs.deliverWindow(windowStart, WINDOW).get(2, TimeUnit.MINUTES);
            Optional<FlowLogWindowResult> result = report.flowLog(flowLogId);
            if (result.isPresent()) {
                FlowLogWindowResult r = result.get();
                phase.add(r);
                console.detail(String.format("%s-%s  %4d records generated, %4d delivered, %4d dropped  -> %s%s",
                        HH_MM.format(windowStart), HH_MM.format(windowStart.plus(WINDOW)), r.generated(),
                        r.delivered(), r.dropped(), r.outcome(),
                        r.firstFailure().map(f -> "  (" + f.operation() + ": " + f.errorCode() + ")").orElse("")));
            } else {
                console.detail(HH_MM.format(windowStart) + "  no delivery for " + flowLogId);
                phase.missing = true;
            }
            windowStart = windowStart.plus(WINDOW);
        }
        phase.next = windowStart;
        return phase;
    }

    private void showRecords(CloudWatchLogsClient logs) {
        List<LogStream> streams = logs.describeLogStreams(b -> b.logGroupName(DemoPolicies.LOG_GROUP)).logStreams();
        console.check(!streams.isEmpty(), "the log group has one stream per ENI (" + streams.stream()
                .map(LogStream::logStreamName).toList() + ")");
        if (streams.isEmpty()) {
            return;
        }
        String stream = streams.get(0).logStreamName();
        List<OutputLogEvent> events = logs.getLogEvents(b -> b.logGroupName(DemoPolicies.LOG_GROUP)
                .logStreamName(stream).startFromHead(true).limit(settings.sampleRecords())).events();
        console.detail("First records in " + stream + " (GetLogEvents):");
        events.forEach(e -> console.detail("  " + e.message()));
    }

    private void explain(Emulator emulator, Phase broken) {
        broken.firstFailure().ifPresent(f -> console.detail("The publisher's " + f.operation() + " call failed: "
                + f.errorCode() + "\n  " + f.errorMessage()));
        Optional<DecisionLog.Entry> denial = emulator.decisions().denials().stream()
                .filter(d -> d.action().equals("logs:PutLogEvents")).reduce((a, b) -> b);
        console.check(denial.isPresent(), "the emulator recorded the denied logs:PutLogEvents call");
        denial.ifPresent(d -> {
            console.blank();
            console.detail("flowsim's explanation (also at " + "/_flowsim/decisions?denied=true):");
            console.detail("  " + d.explanation().replace("\n", "\n  "));
        });
    }

    private static String fixCommand(URI endpoint) {
        return "aws --endpoint-url " + endpoint + " iam put-role-policy --role-name " + DemoPolicies.ROLE_NAME
                + " --policy-name " + DemoPolicies.POLICY_NAME + " \\\n    --policy-document '"
                + DemoPolicies.oneLine(DemoPolicies.permissionsPolicy(DemoPolicies.DELIVERY_ACTIONS)) + "'";
    }

    private static FlowLog describe(Ec2Client ec2, String flowLogId) {
        return ec2.describeFlowLogs(b -> b.flowLogIds(flowLogId)).flowLogs().get(0);
    }

    /** What one stretch of windows produced for the demo's flow log. */
    private static final class Phase {
        Accounting accounting = Accounting.empty();
        final java.util.List<FlowLogWindowResult> results = new java.util.ArrayList<>();
        boolean missing;
        Instant next;

        void add(FlowLogWindowResult r) {
            results.add(r);
            accounting = accounting.plus(r.accounting());
        }

        boolean allOutcomes(String outcome) {
            return !missing && !results.isEmpty() && results.stream().allMatch(r -> r.outcome().name().equals(outcome));
        }

        Optional<dev.flowsim.simulator.delivery.FailedCall> firstFailure() {
            return results.stream().flatMap(r -> r.firstFailure().stream()).findFirst();
        }
    }
}
