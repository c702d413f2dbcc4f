package dev.flowsim.scenario.run;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.faults.DurationText;
import dev.flowsim.emulator.faults.FaultSpec;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.scenario.load.ScenarioLoader;
import dev.flowsim.scenario.model.ExpectationSpec;
import dev.flowsim.scenario.model.Scenario;
import dev.flowsim.scenario.model.TimelineEvent;
import dev.flowsim.simulator.FlowLogWindowResult;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.FlowLogsService;
import dev.flowsim.simulator.WindowReport;
import dev.flowsim.simulator.accounting.Accounting;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.core.exception.SdkException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays a scenario on a manual simulated clock: builds the world with the AWS SDK, puts its faults in force, then
 * walks the timeline in time order — world changes, then window deliveries due at that instant (window end +
 * delivery delay), then status checks — and finally evaluates every expectation. One emulator per run, on an
 * ephemeral loopback port; the same scenario and seed give the same records and the same faults.
 */
public final class ScenarioRunner {

    /** How to run: as written or with the fix, teaching mode, where progress goes. */
    public record Options(boolean withFix, boolean teaching, Progress progress) {
        public static Options plain() {
            return new Options(false, false, Progress.silent());
        }
    }

    /** One thing to do at a simulated instant; lower order first at the same instant. */
    private record Step(Instant at, int order, Runnable action) {
    }

    public RunResult run(ScenarioLoader.Loaded loaded, Options options) {
        Scenario scenario = options.withFix() ? loaded.scenario().fixed() : loaded.scenario();
        String variant = options.withFix() ? "with fix" : "as written";
        Instant start = scenario.clockOrDefault().startOrDefault();
        SimulatedClock clock = SimulatedClock.manual(start);
        long seed = scenario.seedOrDefault();
        long began = System.nanoTime();
        Run run = new Run(scenario);
        EmulatorOptions emulatorOptions = EmulatorOptions.defaults().withClock(clock).withSeed(seed)
                .withServer(ServerConfig.defaults().withPort(0));
        try (Emulator emulator = scenario.topology() == null ? Emulator.create(emulatorOptions)
                : Emulator.create(emulatorOptions, ConfiguredTopology.of(scenario.topology().config()))) {
            emulator.teaching().enable(options.teaching());
            URI endpoint = emulator.start();
            FlowLogsOptions flowOptions = scenario.deliveryOrDefault().apply(FlowLogsOptions.defaults())
                    .withTrafficMix(scenario.trafficOrDefault().toMix());
            try (AccountClients clients = new AccountClients(endpoint);
                 FlowLogsService service = new FlowLogsService(endpoint, clock, seed, flowOptions,
                         emulator.meters());
                 TrafficSwitch traffic = new TrafficSwitch(service, scenario.timeline(), start, endpoint, clock,
                         seed, flowOptions, emulator.meters())) {
                World world = new World(emulator, scenario, clients);
                ExpectationChecker checker = new ExpectationChecker(emulator, world);
                try {
                    world.build();
                    for (FaultSpec fault : scenario.faults()) {
                        emulator.faults().add(fault, start);
                    }
                    List<Step> steps = plan(scenario, start, flowOptions.deliveryDelay(), world, traffic, checker,
                            run, clock, emulator, options.progress());
                    for (Step step : steps) {
                        pace(clock, step.at(), scenario.clockOrDefault().speedOrMax());
                        clock.advanceTo(step.at());
                        step.action().run();
                    }
                } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
                    run.errors.add("the run stopped at " + clock.instant() + ": " + e.getMessage());
                }
                options.progress().done();
                if (run.errors.isEmpty()) {
                    run.checks.add(ExpectationChecker.identity(traffic.totals()));
                    finalChecks(scenario, checker, traffic.totals(), run);
                }
                Map<String, Long> fired = new LinkedHashMap<>();
                emulator.faults().describe().forEach(f -> fired.put((String) f.get("id"), (Long) f.get("fired")));
                List<RunResult.WaivedDenialView> waived = emulator.teaching().waived().stream()
                        .map(w -> new RunResult.WaivedDenialView(w.time(), w.action(), w.principalArn(),
                                w.resource(), w.explanation())).toList();
                return new RunResult(scenario.name(), loaded.file().toString(), variant, seed, start.toString(),
                        clock.instant().toString(), run.windows, traffic.totals(), Map.copyOf(run.byFlowLog),
                        List.copyOf(run.checks), fired, waived, List.copyOf(run.errors),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the emulator", e);
        }
    }

    /** What a run accumulates. */
    private static final class Run {
        final Scenario scenario;
        final List<Check> checks = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final Map<String, Accounting> byFlowLog = new TreeMap<>();
        int windows;

        Run(Scenario scenario) {
            this.scenario = scenario;
        }
    }

    private List<Step> plan(Scenario scenario, Instant start, Duration deliveryDelay, World world,
                            TrafficSwitch traffic, ExpectationChecker checker, Run run, SimulatedClock clock,
                            Emulator emulator, Progress progress) {
        List<Step> steps = new ArrayList<>();
        for (TimelineEvent e : scenario.timeline()) {
            steps.add(new Step(start.plus(DurationText.parse(e.at())), 0, () -> {
                try {
                    world.apply(e, start);
                } catch (SdkException ex) {
                    run.errors.add("timeline at " + e.at() + " (" + e.summary() + ") failed: " + ex.getMessage());
                }
            }));
        }
        Instant end = start.plus(scenario.durationOrDefault());
        Timer lag = Timer.builder("flowsim.scenario.delivery.lag")
                .description("simulated time from a window's end to its delivery").register(emulator.meters());
        for (int interval : intervals(scenario)) {
            Duration width = Duration.ofSeconds(interval);
            for (Instant w = start; !w.plus(width).isAfter(end); w = w.plus(width)) {
                Instant windowStart = w;
                steps.add(new Step(w.plus(width).plus(deliveryDelay), 1, () -> {
                    WindowReport report = join(traffic.serviceFor(windowStart).deliverWindow(windowStart, width));
                    run.windows++;
                    lag.record(Duration.between(windowStart.plus(width), clock.instant()));
                    for (FlowLogWindowResult r : report.flowLogs()) {
                        run.byFlowLog.merge(world.nameOf(r.flowLogId()), r.accounting(), Accounting::plus);
                    }
                    progress.update(scenario.name(), clock.instant(), traffic.totals());
                }));
            }
        }
        for (ExpectationSpec x : scenario.expectations()) {
            if (x.flowLogStatus() != null && x.flowLogStatus().at() != null) {
                steps.add(new Step(start.plus(DurationText.parse(x.flowLogStatus().at())), 2, () ->
                        run.checks.add(describeOrFail(() -> checker.flowLogStatus(x.flowLogStatus(),
                                "at +" + x.flowLogStatus().at())))));
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
        return steps;
    }

    /** Every aggregation interval a flow log has, as created or as re-created by the timeline. */
    private static List<Integer> intervals(Scenario scenario) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        scenario.flowLogs().forEach(f -> out.add(f.intervalOrDefault()));
        scenario.timeline().stream().filter(e -> e.changeFlowLog() != null
                && e.changeFlowLog().maxAggregationInterval() != null)
                .forEach(e -> out.add(e.changeFlowLog().maxAggregationInterval()));
        return List.copyOf(out);
    }

    private void finalChecks(Scenario scenario, ExpectationChecker checker, Accounting totals, Run run) {
        for (ExpectationSpec x : scenario.expectations()) {
            if (x.flowLogStatus() != null && x.flowLogStatus().at() == null) {
                run.checks.add(describeOrFail(() -> checker.flowLogStatus(x.flowLogStatus(), "at the end")));
            } else if (x.records() != null) {
                run.checks.add(checker.records(x.records(), totals, run.byFlowLog));
            } else if (x.denials() != null) {
                run.checks.add(checker.denials(x.denials()));
            } else if (x.logRecords() != null) {
                run.checks.add(describeOrFail(() -> checker.logRecords(x.logRecords())));
            } else if (x.faultFired() != null) {
                run.checks.add(checker.faultFired(x.faultFired()));
            } else if (x.flowLogCreation() != null) {
                run.checks.add(checker.flowLogCreation(x.flowLogCreation()));
            }
        }
    }

    private static Check describeOrFail(java.util.function.Supplier<Check> check) {
        try {
            return check.get();
        } catch (SdkException e) {
            return new Check("an expectation read through the AWS API", false, "the call failed: " + e.getMessage());
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("a window's delivery did not complete: " + e, e);
        }
    }

    /** At a finite speed, waits the real time that corresponds to the simulated step (never on an event loop). */
    private static void pace(SimulatedClock clock, Instant next, double speed) {
        if (speed <= 0 || !next.isAfter(clock.instant())) {
            return;
        }
        long nanos = (long) (Duration.between(clock.instant(), next).toNanos() / speed);
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS)).join();
    }
}
