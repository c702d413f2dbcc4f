package dev.flowsim.scenario.run;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account owners' AWS SDK clients (root keys of each account), one set per account and region, sharing one HTTP
 * client. Without SDK retries, so an injected fault is seen exactly once.
 */
final class AccountClients implements AutoCloseable {

    /** One account's clients in one region. */
    record Set(IamClient iam, CloudWatchLogsClient logs, Ec2Client ec2) {
    }

    private final URI endpoint;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder().build();
    private final Map<String, Set> byAccountRegion = new ConcurrentHashMap<>();
    private final Map<String, String[]> keys = new ConcurrentHashMap<>();

    AccountClients(URI endpoint) {
        this.endpoint = endpoint;
    }

    void register(String account, String accessKey, String secret) {
        keys.put(account, new String[] {accessKey, secret});
    }

    /** Clients signing as {@code account}'s root user, or as a user registered under {@link Identities#userKey}. */
    Set of(String account, String region) {
        return byAccountRegion.computeIfAbsent(account + "|" + region, k -> {
            String[] key = keys.get(account);
            if (key == null) {
                throw new IllegalArgumentException("no access key for " + account);
            }
            StaticCredentialsProvider creds = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(key[0], key[1]));
            ClientOverrideConfiguration noRetries = ClientOverrideConfiguration.builder()
                    .retryStrategy(AwsRetryStrategy.doNotRetry()).build();
            return new Set(
                    IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).httpClient(http)
                            .credentialsProvider(creds).overrideConfiguration(noRetries).build(),
                    CloudWatchLogsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                            .httpClient(http).credentialsProvider(creds).overrideConfiguration(noRetries).build(),
                    Ec2Client.builder().endpointOverride(endpoint).region(Region.of(region)).httpClient(http)
                            .credentialsProvider(creds).overrideConfiguration(noRetries).build());
        });
    }

    @Override
    public void close() {
        for (Set s : byAccountRegion.values()) {
            s.iam().close();
            s.logs().close();
            s.ec2().close();
        }
        http.close();
    }
}
