package dev.flowsim.simulator.acceptance;

import dev.flowsim.simulator.admin.FlowsimAdminClient;
import dev.flowsim.simulator.delivery.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Real session credentials of a delivery role, as the Flow Logs service signs with: the tests of the direct (non-SDK)
 * request paths need a session token to prove they sign it.
 */
final class WriterSessions {

    private WriterSessions() {
    }

    /**
     * Creates role {@code Writer} with the given trust and permissions policies and assumes it as the Flow Logs
     * service principal, in us-east-2.
     */
    static AwsSessionCredentials assume(URI endpoint, AwsClients clients, String trustPolicy, String permissionsPolicy,
                                        String sessionName) throws Exception {
        var basic = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        try (IamClient iam = IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(basic).httpClient(UrlConnectionHttpClient.create()).build()) {
            String role = iam.createRole(b -> b.roleName("Writer").assumeRolePolicyDocument(trustPolicy)).role().arn();
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
