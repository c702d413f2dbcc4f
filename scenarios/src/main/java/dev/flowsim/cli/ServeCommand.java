package dev.flowsim.cli;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.auth.ClockSkewWindows;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.identity.config.AccountsConfig;
import dev.flowsim.emulator.identity.config.AccountsConfigReader;
import dev.flowsim.emulator.identity.config.ConfigException;
import dev.flowsim.emulator.ec2.Topology;
import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.ec2.topology.TopologyConfigException;
import dev.flowsim.emulator.ec2.topology.TopologyLoader;
import dev.flowsim.emulator.http.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code flowsim serve}: the emulator alone, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the emulator (CloudWatch Logs, STS, IAM, EC2 flow-log calls) until interrupted.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "4566", description = "TCP port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to accept other machines).")
    String host;

    @Option(names = "--clock-speed", defaultValue = "1",
            description = "How many simulated seconds pass per real second (default: ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Option(names = "--clock-start", description = "Simulated start time, ISO-8601 (default: now).")
    Instant clockStart;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for identifiers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Accounts, IAM users with access keys, managed policies and roles to create at start (JSON; "
                    + "see docs/IAM-API.md). Unknown keys are errors.")
    Path config;
    @Option(names = "--topology", description = "JSON or YAML file declaring accounts, VPCs, subnets, security "
            + "groups, network ACLs and interfaces (default: the built-in VPC; see docs/FLOW-LOGS.md).")
    Path topologyFile;
    // Limits (docs/SECURITY.md); defaults come from ServerConfig and ClockSkewWindows.
    @Option(names = "--max-body-bytes", description = "Largest request body (default: 2097152).")
    Integer maxBodyBytes;

    @Option(names = "--max-header-bytes", description = "Largest header block (default: 16384).")
    Integer maxHeaderBytes;

    @Option(names = "--max-connections", description = "Concurrent connections; more are answered 503 (default: 1024).")
    Integer maxConnections;

    @Option(names = "--read-timeout", description = "Seconds a request may take to arrive once started (default: 30).")
    Integer readTimeoutSeconds;

    @Option(names = "--idle-timeout", description = "Seconds an idle connection stays open (default: 60).")
    Integer idleTimeoutSeconds;

    @Option(names = "--max-clock-skew", description = "Minutes of SigV4 clock skew allowed (default: 5).")
    Integer maxClockSkewMinutes;

    @Option(names = "--sts-max-clock-skew", description = "Minutes of SigV4 clock skew STS allows (default: 15).")
    Integer stsClockSkewMinutes;

    @Option(names = "--admin-from-anywhere",
            description = "Serve /_flowsim/ (which hands out the service key) to non-loopback clients too.")
    boolean adminFromAnywhere;

    @Option(names = "--no-publisher",
            description = "Run the emulator only: do not play the Flow Logs service for flow logs created through the API.")
    boolean noPublisher;

    @Option(names = "--no-cross-account-log-destinations",
            description = "Refuse CreateFlowLogs with a log group of another account, as AWS documents; by default "
                    + "flowsim delivers there when that account's CloudWatch Logs resource policy allows it [U].")
    boolean noCrossAccountLogDestinations;

    @Override
    public Integer call() throws Exception {
        AccountsConfig accounts = AccountsConfig.empty();
        if (config != null) {
            try {
                accounts = AccountsConfigReader.read(config);
            } catch (ConfigException e) {
                System.err.println("flowsim serve: " + e.getMessage());
                return 2;
            }
        }
        if (!(clockSpeed > 0) || Double.isInfinite(clockSpeed)) {
            System.err.println("flowsim serve: --clock-speed must be a positive number");
            return 2;
        }
        SimulatedClock clock = clockStart == null && clockSpeed == 1.0 ? SimulatedClock.system()
                : SimulatedClock.scaled(clockStart == null ? Instant.now() : clockStart, clockSpeed);
        EmulatorOptions options;
        try {
            options = EmulatorOptions.defaults().withClock(clock).withSeed(seed).withAccounts(accounts)
                    .withServer(limits(EmulatorOptions.defaults().server().withHost(host).withPort(port)))
                    .withClockSkew(skewWindows())
                    .withCrossAccountLogDestinations(!noCrossAccountLogDestinations);
        } catch (IllegalArgumentException e) {
            System.err.println("flowsim serve: " + e.getMessage());
            return 2;
        }
        Topology topology;
        try {
            topology = topologyFile == null ? Topology.builtIn()
                    : ConfiguredTopology.of(TopologyLoader.read(topologyFile));
        } catch (TopologyConfigException e) {
            System.err.println("flowsim serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Emulator created;
        try {
            created = Emulator.create(options, topology);
        } catch (ConfigException e) {
            System.err.println("flowsim serve: " + config + ": " + e.getMessage());
            return 2;
        }
        try (Emulator emulator = created) {
            URI endpoint = emulator.start();
            long readyMillis = ReadyCheck.millisSinceJvmStartUntilHealthy(endpoint);
            printBanner(System.out, endpoint, clock);
            printAccounts(System.out, accounts);
            System.out.println("ready in " + readyMillis + " ms (JVM start to first successful /_flowsim/health)");
            AutoCloseable publisher = noPublisher ? () -> { } : FlowLogsPublishing.start(endpoint, clock, seed, System.out);
            System.out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    publisher.close();
                } catch (Exception e) {
                    System.err.println("flowsim serve: stopping the publisher: " + e.getMessage());
                }
                emulator.close();
                stopped.countDown();
            }, "flowsim-shutdown"));
            stopped.await();
        }
        return 0;
    }

    /** The configured accounts and their key ids; secrets are never printed. */
    static void printAccounts(PrintStream out, AccountsConfig accounts) {
        for (AccountsConfig.Account account : accounts.accounts()) {
            StringBuilder keys = new StringBuilder();
            account.rootAccessKeys().forEach(k -> keys.append(" root:").append(k.accessKeyId()));
            account.users().forEach(u -> u.accessKeys().forEach(k -> keys.append(' ').append(u.name()).append(':')
                    .append(k.accessKeyId())));
            out.println("  account      " + account.id() + "  (" + account.users().size() + " users, "
                    + account.roles().size() + " roles; keys:" + (keys.length() == 0 ? " none" : keys) + ")");
        }
        out.flush();
    }

    private ServerConfig limits(ServerConfig config) {
        ServerConfig c = config.withAdminFromAnywhere(adminFromAnywhere);
        c = maxBodyBytes == null ? c : c.withMaxBodyBytes(maxBodyBytes);
        c = maxHeaderBytes == null ? c : c.withMaxHeaderBytes(maxHeaderBytes);
        c = maxConnections == null ? c : c.withMaxConnections(maxConnections);
        c = readTimeoutSeconds == null ? c : c.withReadTimeout(Duration.ofSeconds(readTimeoutSeconds));
        return idleTimeoutSeconds == null ? c : c.withIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds));
    }

    private ClockSkewWindows skewWindows() {
        ClockSkewWindows aws = ClockSkewWindows.aws();
        Duration standard = maxClockSkewMinutes == null ? aws.standard() : Duration.ofMinutes(maxClockSkewMinutes);
        Duration sts = stsClockSkewMinutes == null ? aws.forService("sts") : Duration.ofMinutes(stsClockSkewMinutes);
        return new ClockSkewWindows(standard, Map.of("sts", sts));
    }

    static void printBanner(PrintStream out, URI endpoint, SimulatedClock clock) {
        String url = endpoint.toString();
        out.println("flowsim emulator listening on " + url);
        out.println();
        out.println("  services     CloudWatch Logs (JSON 1.1), STS, IAM (Query), EC2 flow-log calls (EC2 Query)");
        out.println("  region       any (taken from each request's signature); examples use "
                + EmulatorOptions.DEFAULT_REGION);
        out.println("  account      " + EmulatorOptions.DEFAULT_ACCOUNT + "  (root keys: access key '"
                + EmulatorOptions.DEFAULT_ACCESS_KEY + "', secret '" + EmulatorOptions.DEFAULT_SECRET_KEY + "')");
        out.println("  clock        " + clock);
        out.println("  admin        " + url + "/_flowsim/health  (loopback only)");
        out.println();
        out.println("Point the AWS CLI at it:");
        out.println("  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION="
                + EmulatorOptions.DEFAULT_REGION);
        out.println("  aws --endpoint-url " + url + " logs create-log-group --log-group-name demo");
        out.println("  aws --endpoint-url " + url + " sts get-caller-identity");
        out.println();
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
