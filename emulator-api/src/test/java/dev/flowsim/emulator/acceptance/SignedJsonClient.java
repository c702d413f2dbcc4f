package dev.flowsim.emulator.acceptance;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Sends arbitrary JSON 1.1 bodies to CloudWatch Logs, signed with the AWS SDK's own SigV4 signer, for the cases the
 * typed SDK clients cannot express (wrong JSON types, members the SDK leaves out, malformed bodies).
 */
final class SignedJsonClient {

    // java.net.http sets these itself and refuses them from callers.
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect");

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsIdentity identity;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SignedJsonClient(URI endpoint, String region, String accessKey, String secret) {
        this.endpoint = endpoint;
        this.region = region;
        this.identity = AwsCredentialsIdentity.create(accessKey, secret);
    }

    record Response(int status, String body) {
    }

    Response call(String operation, String body) throws IOException, InterruptedException {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint.resolve("/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "Logs_20140328." + operation)
                .build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "logs")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signed.forEachHeader((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }
}
