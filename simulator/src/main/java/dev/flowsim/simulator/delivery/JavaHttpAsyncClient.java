package dev.flowsim.simulator.delivery;

import dev.flowsim.simulator.http.HttpExchanges;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's asynchronous HTTP client on the JDK's {@link java.net.http.HttpClient} (HTTP/1.1, keep-alive), through
 * {@link HttpExchanges}: at most {@code maxInFlight} exchanges at once and the rest queued.
 *
 * <p>Why not the SDK's Netty client: after an error response it closes the connection when the caller's failure
 * reaches the exchange before the exchange is finalised, and that close could land after the connection had gone
 * back to the pool and been taken by the next call, which then failed as a transport error. A spurious failure costs
 * a retry the simulated service never planned, so a seeded scenario with injected throttling did not repeat exactly
 * (one throttle more or less). The JDK client returns a connection to its pool only after the whole response is read
 * and closes it only on a real I/O failure.
 */
final class JavaHttpAsyncClient implements SdkAsyncHttpClient {

    /** Set by the JDK client itself from the URI and the body; it refuses them as request headers. */
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length", "connection", "expect",
            "upgrade");

    private final HttpExchanges exchanges;
    private final Duration callTimeout;
    private final boolean ownsExchanges;

    /** An adapter with exchanges of its own. */
    JavaHttpAsyncClient(Duration callTimeout, int maxInFlight, int maxQueued) {
        this(new HttpExchanges(callTimeout, maxInFlight, maxQueued), callTimeout, true);
    }

    /** An adapter on exchanges shared with other clients; closing it leaves them open. */
    JavaHttpAsyncClient(HttpExchanges exchanges, Duration callTimeout) {
        this(exchanges, callTimeout, false);
    }

    private JavaHttpAsyncClient(HttpExchanges exchanges, Duration callTimeout, boolean ownsExchanges) {
        this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.ownsExchanges = ownsExchanges;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        RequestBodies.collect(request.requestContentPublisher())
                .thenCompose(body -> exchanges.send(toJdk(request.request(), body)))
                .whenComplete((response, error) -> {
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        request.responseHandler().onError(cause);
                        done.completeExceptionally(cause);
                    } else {
                        request.responseHandler().onHeaders(toSdk(response));
                        request.responseHandler().onStream(RequestBodies.single(ByteBuffer.wrap(response.body())));
                        done.complete(null);
                    }
                });
        return done;
    }

    private HttpRequest toJdk(SdkHttpRequest request, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.getUri())
                .timeout(callTimeout)
                .method(request.method().name(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        request.forEachHeader((name, values) -> {
            if (!SET_BY_THE_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static SdkHttpResponse toSdk(HttpResponse<byte[]> response) {
        SdkHttpResponse.Builder builder = SdkHttpResponse.builder().statusCode(response.statusCode());
        for (Map.Entry<String, java.util.List<String>> header : response.headers().map().entrySet()) {
            builder.putHeader(header.getKey(), header.getValue());
        }
        return builder.build();
    }

    @Override
    public String clientName() {
        return "JavaNetHttp";
    }

    @Override
    public void close() {
        if (ownsExchanges) {
            exchanges.close();
        }
    }
}
