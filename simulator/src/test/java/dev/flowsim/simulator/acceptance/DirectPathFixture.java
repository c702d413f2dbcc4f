package dev.flowsim.simulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.simulator.admin.FlowsimAdminClient;
import dev.flowsim.simulator.delivery.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An emulator with the publisher's clients and a real session of a delivery role (role {@code Writer}, trusted by the
 * Flow Logs service, assumed in us-east-2), as the Flow Logs service signs with: the tests of the direct (non-SDK)
 * request paths need a session token to prove they sign it.
 */
final class DirectPathFixture implements AutoCloseable {

    private static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
              "Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private final Emulator emulator;
    final URI endpoint;
    final AwsClients clients;
    final CloudWatchLogsAsyncClient logs;
    final AwsSessionCredentials credentials;

    private DirectPathFixture(Emulator emulator, URI endpoint, AwsClients clients, AwsSessionCredentials credentials) {
        this.emulator = emulator;
        this.endpoint = endpoint;
        this.clients = clients;
        this.logs = clients.logs("us-east-2");
        this.credentials = credentials;
    }

    /** Starts the emulator and assumes the role, whose permissions policy is {@code permissionsPolicy}. */
    static DirectPathFixture start(String permissionsPolicy, String sessionName) throws Exception {
        Emulator emulator = Emulator.create(EmulatorOptions.defaults().withServer(ServerConfig.defaults().withPort(0)));
        URI endpoint = emulator.start();
        AwsClients clients = new AwsClients(endpoint, Duration.ofSeconds(20));
        return new DirectPathFixture(emulator, endpoint, clients,
                assume(endpoint, clients, permissionsPolicy, sessionName));
    }

    /** Creates the log group with the session's own credentials. */
    void createGroup(String group) throws Exception {
        logs.createLogGroup(b -> b.logGroupName(group).overrideConfiguration(o -> o.credentialsProvider(
                StaticCredentialsProvider.create(credentials)))).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        clients.close();
        emulator.close();
    }

    private static AwsSessionCredentials assume(URI endpoint, AwsClients clients, String permissionsPolicy,
                                                String sessionName) throws Exception {
        var basic = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(basic).httpClient(UrlConnectionHttpClient.create()).build()) {
            String role = iam.createRole(b -> b.roleName("Writer").assumeRolePolicyDocument(TRUST)).role().arn();
            iam.putRolePolicy(b -> b.roleName("Writer").policyName("logs").policyDocument(permissionsPolicy));
            AwsCredentials service = new FlowsimAdminClient(endpoint, Duration.ofSeconds(10))
                    .serviceCredentials(FlowsimAdminClient.FLOW_LOGS_PRINCIPAL).get(10, TimeUnit.SECONDS)
                    .toAwsCredentials();
            Credentials session = clients.sts("us-east-2").assumeRole(b -> b.roleArn(role).roleSessionName(sessionName)
                    .overrideConfiguration(o -> o.credentialsProvider(StaticCredentialsProvider.create(service))))
                    .get(10, TimeUnit.SECONDS).credentials();
            return AwsSessionCredentials.create(session.accessKeyId(), session.secretAccessKey(),
                    session.sessionToken());
        }
    }
}
