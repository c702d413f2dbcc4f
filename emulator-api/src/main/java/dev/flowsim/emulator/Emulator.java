package dev.flowsim.emulator;

import dev.flowsim.emulator.admin.AdminRoutes;
import dev.flowsim.emulator.admin.AdminApi;
import dev.flowsim.emulator.auth.SigV4Verifier;
import dev.flowsim.emulator.authz.Authorizer;
import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.ec2.Ec2Service;
import dev.flowsim.emulator.ec2.FlowLogStore;
import dev.flowsim.emulator.ec2.BuiltInTopology;
import dev.flowsim.emulator.ec2.Topology;
import dev.flowsim.emulator.faults.FaultInjector;
import dev.flowsim.emulator.http.EmulatorServer;
import dev.flowsim.emulator.http.EventLoopRequests;
import dev.flowsim.emulator.http.RequestPipeline;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iamapi.IamService;
import dev.flowsim.emulator.identity.Credential;
import dev.flowsim.emulator.identity.CredentialStore;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdSource;
import dev.flowsim.emulator.identity.config.AccountsSetup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.logs.LogsAnalysis;
import dev.flowsim.emulator.logs.LogsLimits;
import dev.flowsim.emulator.logs.LogsService;
import dev.flowsim.emulator.logs.subscription.SubscriptionDestinations;
import dev.flowsim.emulator.service.ServiceRegistry;
import dev.flowsim.emulator.sts.StsService;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;

/**
 * One emulated cloud: its state (accounts, credentials, IAM, log groups, flow logs), the services over it, the request
 * pipeline and, once started, the HTTP server. Everything a run needs is built here, once, from {@link EmulatorOptions}.
 */
public final class Emulator implements AutoCloseable {

    /** The service principal the Flow Logs publisher authenticates as. */
    public static final String FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";

    private final EmulatorOptions options;
    private final CredentialStore credentials = new CredentialStore();
    private final IamState iam = new IamState();
    private final LogStore logs;
    private final FlowLogStore flowLogs;
    private final Topology topology;
    private final DecisionLog decisions = new DecisionLog(10_000);
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Credential flowLogsServiceKey;
    private final FaultInjector faults;
    private final RequestPipeline pipeline;
    private final AdminApi admin;
    private final SubscriptionDestinations subscriptionDestinations = new SubscriptionDestinations();
    private final LogsAnalysis logsAnalysis;
    private EmulatorServer server;
    private URI endpoint;

    private Emulator(EmulatorOptions options, Topology topology) {
        EmulatorServer.preloadInBackground();
        this.options = options;
        IdSource ids = new IdSource(options.seed());
        credentials.register(Credential.longTerm(EmulatorOptions.DEFAULT_ACCESS_KEY,
                EmulatorOptions.DEFAULT_SECRET_KEY, Principal.root(EmulatorOptions.DEFAULT_ACCOUNT)));
        flowLogsServiceKey = Credential.service("FSVC" + ids.upperAlnum("", 16), randomSecret(),
                Principal.service(FLOW_LOGS_SERVICE));
        credentials.register(flowLogsServiceKey);
        AccountsSetup.apply(options.accounts(), iam, credentials, ids, options.clock().instant());

        LogsLimits logsLimits = LogsLimits.defaults();
        logs = new LogStore(logsLimits.maxStoredBytes());
        this.topology = topology;
        flowLogs = new FlowLogStore(topology);
        logsAnalysis = LogsAnalysis.create(new LogsAnalysis.Wiring(meters, iam, decisions, subscriptionDestinations,
                options.clock(), options.seed() ^ 0x5B5C_F17EL));
        ServiceRegistry services = new ServiceRegistry(List.of(
                LogsService.create(logs, logsLimits, new ResourcePolicyStore(), logsAnalysis),
                StsService.create(iam, credentials, ids),
                IamService.create(iam, ids, credentials),
                Ec2Service.create(topology, flowLogs, iam, options.crossAccountLogDestinations())));
        Authorizer authorizer = new Authorizer(iam, new PolicyEvaluator(), decisions, meters);
        faults = new FaultInjector(options.clock(), options.seed(), meters);
        pipeline = new RequestPipeline(services, credentials,
                new SigV4Verifier(options.wallClock(), options.clockSkew(), java.util.Set.of()), authorizer,
                options.clock(), new IdSource(options.seed() ^ 0x5DEECE66DL), meters, faults);
        admin = new AdminApi(AdminRoutes.of(this), options.server().adminFromAnywhere());
    }

    public static Emulator create(EmulatorOptions options) {
        return new Emulator(options, new BuiltInTopology());
    }

    /** An emulator whose EC2 network is {@code topology} (e.g. one loaded from configuration) instead of the built-in. */
    public static Emulator create(EmulatorOptions options, Topology topology) {
        return new Emulator(options, topology);
    }

    /** Starts serving HTTP and returns the endpoint URL clients should use. */
    public synchronized URI start() throws InterruptedException {
        if (server != null) {
            return endpoint;
        }
        server = new EmulatorServer(options.server(), this::handle, pipeline::renderRejection,
                EventLoopRequests.smallLogBatches());
        InetSocketAddress bound = server.start();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        endpoint = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
        return endpoint;
    }

    /**
     * Handles one request in-process: admin paths or the AWS pipeline. The server calls this on a worker thread, or
     * on the event loop for the requests {@link EventLoopRequests} picks.
     */
    public WireResponse handle(WireRequest request) {
        if (AdminApi.isAdminPath(request.rawPath())) {
            return admin.handle(request);
        }
        return pipeline.handle(request);
    }

    public URI endpoint() {
        return endpoint;
    }

    public EmulatorOptions options() {
        return options;
    }

    public SimulatedClock clock() {
        return options.clock();
    }

    public IamState iam() {
        return iam;
    }

    public LogStore logs() {
        return logs;
    }

    public FlowLogStore flowLogs() {
        return flowLogs;
    }

    public Topology topology() {
        return topology;
    }

    public DecisionLog decisions() {
        return decisions;
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /** The faults in force (scenarios, {@code /_flowsim/faults}). */
    public FaultInjector faults() {
        return faults;
    }

    /** Teaching mode: denied calls let through and reported. */
    public dev.flowsim.emulator.faults.TeachingMode teaching() {
        return faults.teaching();
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** Logs Insights, metric and subscription filters (e.g. to change the simulated query timings). */
    public LogsAnalysis logsAnalysis() {
        return logsAnalysis;
    }

    /** The Firehose delivery streams subscription filters may name, and where each really writes. */
    public SubscriptionDestinations subscriptionDestinations() {
        return subscriptionDestinations;
    }

    /** The key the Flow Logs publisher signs with; handed out only through the loopback admin API. */
    public Credential flowLogsServiceKey() {
        return flowLogsServiceKey;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        logsAnalysis.close();
        meters.close();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[30];
        new SecureRandom().nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
