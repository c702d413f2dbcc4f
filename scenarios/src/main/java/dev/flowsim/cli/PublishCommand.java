package dev.flowsim.cli;

import dev.flowsim.cli.demo.DemoClients;
import dev.flowsim.cli.publish.EmulatorClock;
import dev.flowsim.cli.publish.EmulatorHealth;
import dev.flowsim.cli.publish.MetricsEndpoint;
import dev.flowsim.cli.publish.PublisherMetrics;
import dev.flowsim.cli.publish.SeedSetup;
import dev.flowsim.cli.publish.WindowPublisher;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.simulator.FlowLogsOptions;
import dev.flowsim.simulator.FlowLogsService;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code flowsim publish}: the Flow Logs publisher against a running emulator ({@code flowsim serve}, or the
 * container), window by window on the emulator's own clock, until stopped or until {@code --windows} were
 * delivered. Its record counters are served on {@code --metrics-port} because they live in this process.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Deliver the flow logs of a running flowsim emulator continuously: each 60- and 600-second "
                + "window is generated and delivered through its flow log's role when it is due on the emulator's "
                + "clock (its end plus the delivery delay).")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:4566",
            description = "The emulator's endpoint; its admin API must answer this process (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the traffic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--setup-seed", description = "First create what is missing of the seed's setup: role "
            + "FlowLogsRole with the flow-logs trust and permissions policies, log group /aws/vpc/flow-logs and a "
            + "60-second flow log of the built-in VPC. Existing resources are kept as they are.")
    boolean setupSeed;

    @Option(names = "--windows", defaultValue = "0",
            description = "Stop after delivering this many windows; 0 runs until stopped (default: ${DEFAULT-VALUE}).")
    long windows;

    @Option(names = "--poll", defaultValue = "PT1S",
            description = "Real time between readings of the emulator's clock (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--wait", defaultValue = "PT60S",
            description = "How long to wait for the emulator to answer at start (default: ${DEFAULT-VALUE}).")
    Duration waitForEmulator;

    @Option(names = "--delivery-delay", defaultValue = "PT5M",
            description = "Simulated time between a window's end and its delivery (default: ${DEFAULT-VALUE}, "
                    + "about AWS's for CloudWatch Logs).")
    Duration deliveryDelay;

    @Option(names = "--max-catch-up", defaultValue = "10", description = "After a pause, deliver at most this "
            + "many overdue windows per interval and skip older ones (default: ${DEFAULT-VALUE}).")
    long maxCatchUp;

    @Option(names = "--metrics-port", defaultValue = "-1", description = "Serve this publisher's metrics at "
            + "/metrics on this port (Prometheus format); -1: off, 0: any free port (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--metrics-host", defaultValue = "127.0.0.1",
            description = "Address the metrics endpoint binds (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    @Override
    public Integer call() throws Exception {
        String invalid = invalidOption();
        if (invalid != null) {
            System.err.println("flowsim publish: " + invalid);
            return 2;
        }
        PrintStream out = System.out;
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        EmulatorClock clock = new EmulatorClock(new EmulatorHealth(endpoint, Duration.ofSeconds(5)));
        FlowLogsOptions options = FlowLogsOptions.defaults().withDeliveryDelay(deliveryDelay);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r,
                "flowsim-publish"));
        CompletableFuture<Integer> done = new CompletableFuture<>();
        CountDownLatch finished = new CountDownLatch(1);
        // On a signal (docker stop, Ctrl+C) the main thread still prints its summary before the JVM exits.
        Thread onSignal = new Thread(() -> {
            done.complete(0);
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "flowsim-publish-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try (FlowLogsService flowLogs = new FlowLogsService(endpoint, clock, seed, options, registry);
             MetricsEndpoint metrics = metricsPort < 0 ? null : MetricsEndpoint.start(metricsHost, metricsPort,
                     registry)) {
            out.println("flowsim publish: delivering the flow logs of " + endpoint + " on its clock"
                    + (windows > 0 ? ", " + windows + " windows" : ", until stopped"));
            if (metrics != null) {
                out.println("metrics on " + metrics.uri());
            }
            out.flush();
            WindowPublisher publisher = new WindowPublisher(flowLogs, clock, deliveryDelay,
                    new PublisherMetrics(registry), out, maxCatchUp, Duration.ofMinutes(2));
            Round round = new Round(publisher, out, done);
            ticker.scheduleWithFixedDelay(round::run, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
            int exit = done.get();
            ticker.shutdownNow();
            ticker.awaitTermination(30, TimeUnit.SECONDS);
            out.println("flowsim publish: " + publisher.windowsDelivered() + " windows delivered; records: "
                    + flowLogs.totals());
            out.flush();
            return exit;
        } finally {
            ticker.shutdownNow();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping because of a signal: the hook has run.
            }
        }
    }

    private String invalidOption() {
        if (windows < 0) {
            return "--windows must be 0 or more";
        }
        if (poll.isNegative() || poll.toMillis() < 10) {
            return "--poll must be at least 10 ms";
        }
        if (waitForEmulator.isNegative() || deliveryDelay.isNegative()) {
            return "--wait and --delivery-delay cannot be negative";
        }
        if (maxCatchUp < 1) {
            return "--max-catch-up must be at least 1";
        }
        if (metricsPort < -1 || metricsPort > 65_535) {
            return "--metrics-port must be -1 (off), 0 (any) or a port number";
        }
        return null;
    }

    /** One reading of the emulator's clock and the deliveries it makes due; errors are retried next round. */
    private final class Round {

        private final WindowPublisher publisher;
        private final PrintStream out;
        private final CompletableFuture<Integer> done;
        private final long waitDeadline = System.nanoTime() + waitForEmulator.toNanos();
        private boolean reached;
        private boolean setUp = !setupSeed;
        private String lastError;

        Round(WindowPublisher publisher, PrintStream out, CompletableFuture<Integer> done) {
            this.publisher = publisher;
            this.out = out;
            this.done = done;
        }

        void run() {
            if (done.isDone()) {
                return;
            }
            try {
                if (!setUp) {
                    setUp();
                }
                publisher.deliverDue(windows);
                reached = true;
                lastError = null;
                if (windows > 0 && publisher.windowsDelivered() >= windows) {
                    done.complete(0);
                }
            } catch (Exception e) {
                failed(e);
            }
        }

        private void setUp() throws Exception {
            new EmulatorHealth(endpoint, Duration.ofSeconds(5)).check();
            reached = true;
            try (DemoClients aws = new DemoClients(endpoint, EmulatorOptions.DEFAULT_REGION)) {
                new SeedSetup(aws, EmulatorOptions.DEFAULT_ACCOUNT, EmulatorOptions.DEFAULT_REGION).ensure(60)
                        .forEach(line -> out.println("setup: " + line));
            }
            out.flush();
            setUp = true;
        }

        private void failed(Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!reached && System.nanoTime() - waitDeadline > 0) {
                System.err.println("flowsim publish: the emulator did not answer within " + waitForEmulator + ": "
                        + message);
                done.complete(1);
            } else if (!message.equals(lastError)) {
                System.err.println("flowsim publish: " + message + " (trying again every " + poll + ")");
                lastError = message;
            }
        }
    }
}
