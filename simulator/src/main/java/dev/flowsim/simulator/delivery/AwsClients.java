package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.http.HttpExchanges;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK clients the simulator talks to the emulator with: one STS and one CloudWatch Logs client per region, all
 * on one HTTP client ({@link JavaHttpAsyncClient}) and one endpoint; PutLogEvents, the call made per batch, goes
 * around the SDK ({@link DirectPutLogEvents}), and so do CreateLogStream and CreateLogGroup
 * ({@link DirectLogStreamCalls}), all on the same exchanges, over plain keep-alive sockets
 * ({@link PlainHttpConnections}) when the endpoint is plain HTTP. The SDK's own retries are off
 * ({@link RetryingCaller} retries, so counts are exact), and credentials are always given per request: service credentials for STS, the flow log's
 * session credentials for CloudWatch Logs.
 */
public final class AwsClients implements AwsClientSource, AutoCloseable {

    /** Reached only if a call forgot its per-request credentials: fail loudly rather than sign with anything. */
    private static final AwsCredentialsProvider PER_REQUEST_ONLY = () -> {
        throw new IllegalStateException("flowsim signs every call with per-request credentials; none were given");
    };

    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_QUEUED_REQUESTS = 100_000;

    private final URI endpoint;
    private final Duration callTimeout;
    // Created on first use: a service that never delivers never starts an HTTP client. The SDK's clients and the
    // direct PutLogEvents path share the exchanges, so the connection bound holds for all of them together.
    private HttpExchanges exchanges;
    private PlainHttpConnections plain;
    private SdkAsyncHttpClient http;
    private DirectLogsRequests direct;
    private PutLogEventsSender putLogEvents;
    private LogStreamCalls logStreamCalls;
    private final Map<String, StsAsyncClient> sts = new ConcurrentHashMap<>();
    private final Map<String, CloudWatchLogsAsyncClient> logs = new ConcurrentHashMap<>();

    public AwsClients(URI endpoint, Duration callTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    }

    @Override
    public StsAsyncClient sts(String region) {
        return sts.computeIfAbsent(region, r -> StsAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(r))
                .httpClient(http())
                .credentialsProvider(PER_REQUEST_ONLY)
                .overrideConfiguration(overrides().toBuilder()
                        .addExecutionInterceptor(new SourceContextInterceptor())
                        .build())
                .build());
    }

    @Override
    public CloudWatchLogsAsyncClient logs(String region) {
        return logs.computeIfAbsent(region, r -> CloudWatchLogsAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(r))
                .httpClient(http())
                .credentialsProvider(PER_REQUEST_ONLY)
                .overrideConfiguration(overrides().toBuilder()
                        .addExecutionInterceptor(new DestinationAccountInterceptor())
                        .build())
                .build());
    }

    /** PutLogEvents without the SDK ({@link DirectPutLogEvents}), on the same exchanges as the SDK's clients. */
    @Override
    public synchronized PutLogEventsSender putLogEvents() {
        if (putLogEvents == null) {
            putLogEvents = new DirectPutLogEvents(direct());
        }
        return putLogEvents;
    }

    /** CreateLogStream and CreateLogGroup without the SDK ({@link DirectLogStreamCalls}), as PutLogEvents. */
    @Override
    public synchronized LogStreamCalls logStreamCalls() {
        if (logStreamCalls == null) {
            logStreamCalls = new DirectLogStreamCalls(direct());
        }
        return logStreamCalls;
    }

    private synchronized DirectLogsRequests direct() {
        if (direct == null) {
            // Over plain keep-alive sockets when the endpoint is plain HTTP (the emulator's): no hand-offs between
            // the JDK client's threads per request (docs/PERFORMANCE.md, round 6).
            if ("http".equalsIgnoreCase(endpoint.getScheme())) {
                plain = new PlainHttpConnections(endpoint.getHost(), endpoint.getPort() == -1 ? 80 : endpoint.getPort(),
                        callTimeout);
            }
            direct = new DirectLogsRequests(exchanges(), plain, endpoint, callTimeout, Clock.systemUTC());
        }
        return direct;
    }

    private synchronized SdkAsyncHttpClient http() {
        if (http == null) {
            http = new JavaHttpAsyncClient(exchanges(), callTimeout);
        }
        return http;
    }

    private synchronized HttpExchanges exchanges() {
        if (exchanges == null) {
            // Many flow logs deliver at once, each with a few streams in flight: more connections than the SDK's
            // default 50, and requests queue for a connection as long as a call may take.
            exchanges = new HttpExchanges(callTimeout, MAX_CONNECTIONS, MAX_QUEUED_REQUESTS);
        }
        return exchanges;
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(callTimeout)
                .build();
    }

    @Override
    public synchronized void close() {
        sts.values().forEach(StsAsyncClient::close);
        logs.values().forEach(CloudWatchLogsAsyncClient::close);
        sts.clear();
        logs.clear();
        if (http != null) {
            http.close();
            http = null;
        }
        putLogEvents = null;
        logStreamCalls = null;
        direct = null;
        if (plain != null) {
            plain.close();
            plain = null;
        }
        if (exchanges != null) {
            exchanges.close();
            exchanges = null;
        }
    }
}
