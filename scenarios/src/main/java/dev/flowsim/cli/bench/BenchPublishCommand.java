package dev.flowsim.cli.bench;

import dev.flowsim.cli.demo.DemoClients;
import dev.flowsim.cli.demo.DemoPolicies;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.simulator.ContinuousPublisher;
import dev.flowsim.simulator.FlowLogsOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.traffic.TrafficMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.Vpc;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code flowsim bench publish}: the real Flow Logs publisher against an in-process emulator with IAM on, at scale.
 * A generated topology of many VPCs (one flow log each, one log stream per interface), the seeded traffic model at
 * a chosen volume, the clock running N times faster than the wall clock; the publisher assumes each flow log's role
 * and puts every window over HTTP with SigV4, as {@code flowsim serve} does. Reports whether it keeps up (delivery
 * lag that does not grow, a backlog of at most one window at the end), records/s generated and delivered, lag
 * percentiles, CPU per record, and checks the accounting identity. Exit code 0 only if it kept up and the books
 * balance.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "End-to-end Flow Logs publisher load: N interfaces, flows per interface per minute, a scaled "
                + "clock; reports whether delivery keeps up.")
public final class BenchPublishCommand implements Callable<Integer> {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** The default traffic mix gives about this many records per interface per minute (measured, see PERFORMANCE). */
    private static final double DEFAULT_MIX_RECORDS_PER_MINUTE = 25.0;
    private static final String LOG_GROUP = "/flowsim/bench/publish";

    @Option(names = "--enis", defaultValue = "10000", description = "Interfaces (default: ${DEFAULT-VALUE}).")
    int interfaces;

    @Option(names = "--enis-per-vpc", defaultValue = "100", description = "Interfaces per VPC; each VPC has its "
            + "own flow log (default: ${DEFAULT-VALUE}, at most 250).")
    int perVpc;

    @Option(names = "--flows-per-eni-per-minute", defaultValue = "100",
            description = "Records per interface per simulated minute, roughly (default: ${DEFAULT-VALUE}).")
    double flowsPerMinute;

    @Option(names = "--clock-speed", defaultValue = "60", description = "Simulated seconds per real second "
            + "(default: ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Option(names = "--duration", defaultValue = "60", description = "Real seconds the publisher runs after setup "
            + "(default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--keep-minutes", defaultValue = "10", description = "Expire stored events older than this many "
            + "simulated minutes once a second, as retention would, so a long run fits the heap "
            + "(default: ${DEFAULT-VALUE}).")
    int keepMinutes;

    @Option(names = "--stream-concurrency", defaultValue = "4", description = "Interface streams of one flow log "
            + "delivered at once (default: ${DEFAULT-VALUE}).")
    int streamConcurrency;

    @Option(names = "--render-threads", defaultValue = "2", description = "Flow logs whose windows are rendered "
            + "at once (default: ${DEFAULT-VALUE}; the service's default is 1).")
    int renderThreads;

    @Option(names = "--aggregation-interval", defaultValue = "60", description = "Each flow log's "
            + "MaxAggregationInterval in seconds, 60 or 600 (AWS's default when CreateFlowLogs omits it); with 600 each "
            + "PutLogEvents carries ten times the records (default: ${DEFAULT-VALUE}).")
    int aggregationSeconds;

    // A cold JVM on 2 busy cores runs the emulator's request path in C1 code for the whole of a 60-s run (JFR
    // jdk.Compilation: RequestPipeline.execute, SigV4Verifier.verify, Authorizer.authorize never reach tier 4), so a
    // short run measures partly the JIT's backlog. A warm-up gives the JIT a head start; 60 s of it was not enough
    // for the request path on a loaded machine (docs/PERFORMANCE.md, round 9).
    @Option(names = "--warmup", defaultValue = "0", description = "Real seconds of an unmeasured run first, same "
            + "settings on its own emulator and clock (thrown away), so the JIT has compiled more of both sides "
            + "before the measured run starts (default: ${DEFAULT-VALUE}, none).")
    int warmupSeconds;

    @Option(names = "--seed", defaultValue = "42", description = "Traffic seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (interfaces < 1 || perVpc < 1 || perVpc > PublishTopology.MAX_ENIS_PER_VPC || !(flowsPerMinute > 0)
                || !(clockSpeed > 0) || durationSeconds < 1 || keepMinutes < 1 || streamConcurrency < 1
                || renderThreads < 1 || (aggregationSeconds != 60 && aggregationSeconds != 600)
                || warmupSeconds < 0 || warmupSeconds > 3600) {
            System.err.println("flowsim bench publish: --enis, --flows-per-eni-per-minute, --clock-speed, --duration "
                    + "--keep-minutes, --stream-concurrency and --render-threads must be positive, --enis-per-vpc 1-" + PublishTopology.MAX_ENIS_PER_VPC
                    + ", --aggregation-interval 60 or 600, --warmup 0-3600");
            return 2;
        }
        if (warmupSeconds > 0) {
            long warmStart = System.nanoTime();
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            runOnce(warmupSeconds, discard);
            System.out.printf(Locale.ROOT, "flowsim bench publish: warm-up %d s (%.1f s real with setup and "
                    + "settling), not measured%n", warmupSeconds, (System.nanoTime() - warmStart) / 1e9);
        }
        return runOnce(durationSeconds, System.out);
    }

    /** One run on its own emulator and clock: setup, {@code seconds} of publishing, settling, the report. */
    private int runOnce(int seconds, PrintStream out) throws Exception {
        String account = EmulatorOptions.DEFAULT_ACCOUNT;
        String region = EmulatorOptions.DEFAULT_REGION;
        SimulatedClock clock = SimulatedClock.scaled(START, clockSpeed);
        long setupStart = System.nanoTime();
        ConfiguredTopology topology = ConfiguredTopology.of(
                PublishTopology.generate(account, region, interfaces, perVpc));
        EmulatorOptions options = EmulatorOptions.defaults().withClock(clock).withSeed(seed)
                .withServer(EmulatorOptions.defaults().server().withPort(0));
        try (Emulator emulator = Emulator.create(options, topology)) {
            URI endpoint = emulator.start();
            int flowLogs = createFlowLogs(endpoint, account, region);
            out.printf(Locale.ROOT, "flowsim bench publish: %,d interfaces in %d VPCs (one flow log each, one stream "
                            + "per interface), ~%.0f records per interface per minute, %d-s windows, clock %.0fx, %d s%n",
                    interfaces, flowLogs, flowsPerMinute, aggregationSeconds, clockSpeed, seconds);
            out.printf(Locale.ROOT, "  setup        %.1f s real (emulator, role, log group, %d CreateFlowLogs)%n",
                    (System.nanoTime() - setupStart) / 1e9, flowLogs);
            return measure(emulator, endpoint, clock, account, region, seconds, out);
        }
    }

    private int createFlowLogs(URI endpoint, String account, String region) {
        try (DemoClients aws = new DemoClients(endpoint, region)) {
            String roleArn = aws.iam().createRole(b -> b.roleName(DemoPolicies.ROLE_NAME)
                    .assumeRolePolicyDocument(DemoPolicies.trustPolicy(account, region))).role().arn();
            aws.iam().putRolePolicy(b -> b.roleName(DemoPolicies.ROLE_NAME).policyName(DemoPolicies.POLICY_NAME)
                    .policyDocument(DemoPolicies.permissionsPolicy(DemoPolicies.DELIVERY_ACTIONS)));
            aws.logs().createLogGroup(b -> b.logGroupName(LOG_GROUP));
            List<Vpc> vpcs = aws.ec2().describeVpcsPaginator().vpcs().stream()
                    .filter(v -> v.tags().stream().anyMatch(t -> t.key().equals("Name")
                            && t.value().startsWith("bench-")))
                    .toList();
            for (Vpc vpc : vpcs) {
                CreateFlowLogsResponse created = aws.ec2().createFlowLogs(b -> b.resourceType("VPC")
                        .resourceIds(vpc.vpcId()).trafficType("ALL").logDestinationType("cloud-watch-logs")
                        .logGroupName(LOG_GROUP).deliverLogsPermissionArn(roleArn)
                        .maxAggregationInterval(aggregationSeconds));
                if (!created.unsuccessful().isEmpty()) {
                    throw new IllegalStateException("CreateFlowLogs for " + vpc.vpcId() + ": "
                            + created.unsuccessful());
                }
            }
            return vpcs.size();
        }
    }

    private int measure(Emulator emulator, URI endpoint, SimulatedClock clock, String account, String region,
                        int seconds, PrintStream out) throws Exception {
        FlowLogsOptions options = FlowLogsOptions.defaults()
                .withTrafficMix(TrafficMix.DEFAULT.scaled(flowsPerMinute / DEFAULT_MIX_RECORDS_PER_MINUTE))
                .withCallTimeout(Duration.ofMinutes(2))
                .withStreamConcurrency(streamConcurrency);
        PublishRun run = new PublishRun(clock, options.deliveryDelay());
        AtomicLong expired = new AtomicLong();
        LogGroup group = emulator.logs().group(account, region, LOG_GROUP).orElseThrow();
        ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-trimmer");
            t.setDaemon(true);
            return t;
        });
        trimmer.scheduleAtFixedRate(() -> expired.addAndGet(group.expireBefore(
                clock.millis() - Duration.ofMinutes(keepMinutes).toMillis())), 1, 1, TimeUnit.SECONDS);
        StringBuilder problems = new StringBuilder();
        CpuMeter cpu = new CpuMeter();
        try (FlowLogsService service = new FlowLogsService(endpoint, clock, seed, options,
                new SimpleMeterRegistry(), renderThreads)) {
            ContinuousPublisher publisher = new ContinuousPublisher(service, clock, Duration.ofMillis(20),
                    Duration.ofMinutes(30), run::settled, problem -> {
                        synchronized (problems) {
                            problems.append("  problem      ").append(problem).append('\n');
                        }
                    });
            CpuMeter.Snapshot before = cpu.snapshot();
            Instant simBefore = clock.instant();
            publisher.start();
            new CountDownLatch(1).await(seconds, TimeUnit.SECONDS);
            Instant simEnd = clock.instant();
            long runWallNanos = System.nanoTime() - before.wallNanos();
            Duration window = Duration.ofSeconds(aggregationSeconds);
            Instant firstWindow = Instant.ofEpochSecond(Math.floorDiv(simBefore.getEpochSecond(),
                    window.getSeconds()) * window.getSeconds());
            long backlog = run.backlogWindows(firstWindow, simEnd, window);
            int deliveredInTime = run.windows().size();
            boolean settled = publisher.stop(Duration.ofMinutes(30));
            CpuMeter.Snapshot used = cpu.snapshot().minus(before);
            trimmer.shutdownNow();
            long stored = emulator.logs().eventCount(account, region, LOG_GROUP);
            return new PublishReport(run.windows(), service.totals(), backlog, run.lagTrend(), used,
                    Duration.between(simBefore, simEnd), runWallNanos, deliveredInTime, stored, expired.get(), settled,
                    clockSpeed, window)
                    .print(out, problems.toString()) ? 0 : 1;
        } finally {
            trimmer.shutdownNow();
        }
    }
}
