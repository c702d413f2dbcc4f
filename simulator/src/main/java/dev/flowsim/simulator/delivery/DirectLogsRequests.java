package dev.flowsim.simulator.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.simulator.http.HttpExchanges;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * CloudWatch Logs JSON 1.1 calls without the SDK: a body already written, signed with SigV4 (session token
 * included), sent on the simulator's shared {@link HttpExchanges} (over {@link PlainHttpConnections} when given).
 * Used for the calls made per interface or per batch (CreateLogStream, CreateLogGroup, PutLogEvents), where the
 * SDK's model objects, marshaller, signer and pipeline cost more than the call.
 *
 * <p>It fails as the SDK does, so {@link AwsErrorClassifier} cannot tell the paths apart: an error response
 * becomes a {@link CloudWatchLogsException} with the code ({@code __type} after any {@code #}, or the
 * {@code x-amzn-ErrorType} header), the message and the status; no answer at all becomes an
 * {@link SdkClientException}. A cross-account target is tagged with
 * {@link DestinationAccountInterceptor#DESTINATION_ACCOUNT_HEADER}, signed, as the SDK path tags it.
 */
final class DirectLogsRequests {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String TARGET_PREFIX = "Logs_20140328.";
    private static final String SIGNING_NAME = "logs";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpExchanges exchanges;
    private final PlainHttpConnections plain;
    private final URI uri;
    private final String host;
    private final Duration callTimeout;
    private final Clock signingClock;
    private final SigV4Signer signer = new SigV4Signer();

    /**
     * @param plain        plain keep-alive connections to the endpoint (an {@code http} one), used instead of the JDK
     *                     client for the exchange itself; null to use the JDK client (any endpoint, {@code https} too)
     * @param signingClock the real clock, as the SDK signs with: the emulator checks the signing time against its
     *                     real clock, not the simulated one
     */
    DirectLogsRequests(HttpExchanges exchanges, PlainHttpConnections plain, URI endpoint, Duration callTimeout,
                       Clock signingClock) {
        this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
        this.plain = plain;
        this.uri = Objects.requireNonNull(endpoint, "endpoint").resolve("/");
        this.host = hostHeader(uri);
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
        this.signingClock = Objects.requireNonNull(signingClock, "signingClock");
    }

    /**
     * @param operation the JSON 1.1 operation name, e.g. {@code CreateLogStream}
     * @return the response body of a 2xx answer; otherwise fails with the SDK's exception for the answer
     */
    CompletableFuture<byte[]> call(String operation, DeliveryTarget target, byte[] body,
                                   AwsSessionCredentials credentials) {
        String[] names;
        String[] values;
        String authorization;
        byte[] head;
        try {
            String amzDate = AMZ_DATE.format(signingClock.instant());
            boolean tagged = target.crossAccount();
            // In ascending order of name, as SigV4 wants them.
            names = tagged
                    ? new String[]{"content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target",
                            DestinationAccountInterceptor.DESTINATION_ACCOUNT_HEADER}
                    : new String[]{"content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target"};
            String amzTarget = TARGET_PREFIX + operation;
            values = tagged
                    ? new String[]{CONTENT_TYPE, host, amzDate, credentials.sessionToken(), amzTarget,
                            target.logGroupAccountId()}
                    : new String[]{CONTENT_TYPE, host, amzDate, credentials.sessionToken(), amzTarget};
            authorization = signer.authorization(credentials.accessKeyId(), credentials.secretAccessKey(),
                    target.region(), SIGNING_NAME, amzDate, names, values, body);
            head = plain == null ? null : head(names, values, authorization, body.length);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // The whole call, waiting for a connection included, is bounded as the SDK's API call timeout bounds it.
        if (plain != null) {
            return exchanges.run(() -> plain.exchange(head, body, callTimeout))
                    .orTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, error) -> answer(error, response == null ? 0 : response.status(),
                            response == null ? null : response::header, response == null ? null : response.body()));
        }
        return exchanges.send(jdkRequest(names, values, authorization, body))
                .orTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> answer(error, response == null ? 0 : response.statusCode(),
                        response == null ? null : name -> response.headers().firstValue(name).orElse(null),
                        response == null ? null : response.body()));
    }

    /** A JSON object of string members, e.g. {@code {"logGroupName":"g","logStreamName":"s"}}. */
    static byte[] stringsObject(String... namesAndValues) {
        StringBuilder json = new StringBuilder(64).append('{');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            PutLogEventsJson.string(json, namesAndValues[i]);
            json.append(':');
            PutLogEventsJson.string(json, namesAndValues[i + 1]);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] answer(Throwable error, int status, Function<String, String> header, byte[] body) {
        if (error != null) {
            throw new CompletionException(transportFailure(error));
        }
        if (status / 100 == 2) {
            return body;
        }
        throw new CompletionException(serviceError(status, header, body));
    }

    /** The request line and headers, Host first, as the plain connections send them. */
    private byte[] head(String[] names, String[] values, String authorization, int contentLength) {
        StringBuilder head = new StringBuilder(1024).append("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\n");
        for (int i = 0; i < names.length; i++) {
            if (values[i].indexOf('\r') >= 0 || values[i].indexOf('\n') >= 0) {
                // As the JDK client refuses them: a line break would end the header early.
                throw new IllegalArgumentException("header " + names[i] + " has a line break in its value");
            }
            head.append(names[i]).append(": ").append(values[i]).append("\r\n");
        }
        head.append("authorization: ").append(authorization).append("\r\n")
                .append("content-length: ").append(contentLength).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest jdkRequest(String[] names, String[] values, String authorization, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(callTimeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization);
        for (int i = 0; i < names.length; i++) {
            if (!"host".equals(names[i])) { // the JDK client sets Host itself, from the URI, to the same value
                builder.header(names[i], values[i]);
            }
        }
        return builder.build();
    }

    /** As the SDK's JSON protocol reads an error: the header's type first, then {@code __type}. */
    static CloudWatchLogsException serviceError(int status, Function<String, String> header, byte[] body) {
        JsonNode error = readTree(body);
        String code = header.apply("x-amzn-ErrorType");
        if (code == null && error.hasNonNull("__type")) {
            code = error.get("__type").asText();
        }
        code = bareCode(code);
        String message = error.hasNonNull("message") ? error.get("message").asText()
                : error.hasNonNull("Message") ? error.get("Message").asText() : null;
        String requestId = header.apply("x-amzn-RequestId");
        return (CloudWatchLogsException) CloudWatchLogsException.builder()
                .statusCode(status)
                .requestId(requestId)
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("CloudWatchLogs").build())
                .build();
    }

    /** "ns#Code:extra" to "Code", as AWS JSON error types are read. */
    static String bareCode(String type) {
        if (type == null || type.isEmpty()) {
            return null;
        }
        String code = type.substring(type.lastIndexOf('#') + 1);
        int colon = code.indexOf(':');
        return colon >= 0 ? code.substring(0, colon) : code;
    }

    private Throwable transportFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof IOException) {
            return SdkClientException.builder().message("Unable to execute HTTP request: " + cause.getMessage())
                    .cause(cause).build();
        }
        if (cause instanceof TimeoutException) {
            return SdkClientException.builder().message("Client execution did not complete before the specified "
                    + "timeout configuration: " + callTimeout.toMillis() + " millis").cause(cause).build();
        }
        return cause;
    }

    static JsonNode readTree(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean standard = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return standard ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
