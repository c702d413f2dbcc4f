package dev.flowsim.emulator.acceptance;

import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.time.Instant;

/** A running emulator on an ephemeral loopback port plus AWS SDK v2 clients pointed at it. */
final class EmulatorFixture implements AutoCloseable {

    static final Region REGION = Region.US_EAST_2;
    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    final SimulatedClock clock = SimulatedClock.manual(START);
    final Emulator emulator;
    final URI endpoint;

    EmulatorFixture() throws InterruptedException {
        this(options -> options);
    }

    /** An emulator whose default options are first changed by {@code customise} (e.g. extra accounts). */
    EmulatorFixture(java.util.function.UnaryOperator<EmulatorOptions> customise) throws InterruptedException {
        emulator = Emulator.create(customise.apply(EmulatorOptions.defaults().withClock(clock)
                .withServer(ServerConfig.defaults().withPort(0))));
        endpoint = emulator.start();
    }

    static StaticCredentialsProvider creds(String accessKey, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret));
    }

    static StaticCredentialsProvider creds(AwsCredentials credentials) {
        return StaticCredentialsProvider.create(credentials);
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD)
                .retryStrategy(b -> b.maxAttempts(1)).build();
    }

    CloudWatchLogsClient logs(StaticCredentialsProvider credentials) {
        return CloudWatchLogsClient.builder().endpointOverride(endpoint).region(REGION)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    CloudWatchLogsClient logs() {
        return logs(creds("test", "test"));
    }

    StsClient sts(StaticCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(endpoint).region(REGION).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(noRetries()).build();
    }

    IamClient iam() {
        return iam(creds("test", "test"));
    }

    IamClient iam(StaticCredentialsProvider credentials) {
        return IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    Ec2Client ec2(StaticCredentialsProvider credentials) {
        return Ec2Client.builder().endpointOverride(endpoint).region(REGION).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(noRetries()).build();
    }

    Ec2Client ec2() {
        return ec2(creds("test", "test"));
    }

    @Override
    public void close() {
        emulator.close();
    }
}
