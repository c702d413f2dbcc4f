package dev.flowsim.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowsim.emulator.wire.WireRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Requests signed by the AWS SDK for Java v2 (the simulator's client) are accepted: header and presigned forms, a
 * session token, a path and query that need encoding. The SDK is an independent signer, so this guards against the
 * verifier and its test vectors sharing a misreading.
 */
class SigV4SdkInteropTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ACCESS_KEY = "AKIAFLOWSIMEXAMPLE01";
    private static final String SECRET = "flowsim/Secret+Key/ExampleOnly0123456789";

    private final SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void putLogEventsSignedInTheHeader() throws AuthFailure {
        WireRequest request = sign(jsonPost("{\"logGroupName\":\"/aws/vpc/flow-logs\"}"), "logs", "us-east-2",
                AwsCredentialsIdentity.create(ACCESS_KEY, SECRET), false);
        SignedRequest signed = verifier.parse(request);
        verifier.verify(request, signed, SECRET);
        assertEquals("logs", signed.service());
        assertEquals("us-east-2", signed.region());
        assertEquals(NOW, signed.requestTime());
        assertTrue(signed.signedHeaders().contains("x-amz-target"), signed.signedHeaders().toString());
    }

    @Test
    void sessionTokenIsSignedAndReported() throws AuthFailure {
        WireRequest request = sign(jsonPost("{}"), "logs", "us-east-2",
                AwsSessionCredentialsIdentity.create(ACCESS_KEY, SECRET, "FwoGZXIvYXdzEXAMPLE//token=="), false);
        SignedRequest signed = verifier.parse(request);
        verifier.verify(request, signed, SECRET);
        assertEquals("FwoGZXIvYXdzEXAMPLE//token==", signed.sessionToken());
        assertTrue(signed.signedHeaders().contains("x-amz-security-token"));
    }

    @Test
    void presignedGetCallerIdentity() throws AuthFailure {
        SdkHttpRequest get = SdkHttpRequest.builder().method(SdkHttpMethod.GET).protocol("http").host("127.0.0.1")
                .port(4566).encodedPath("/")
                .putRawQueryParameter("Action", "GetCallerIdentity")
                .putRawQueryParameter("Version", "2011-06-15")
                .build();
        WireRequest request = sign(new Unsigned(get, ""), "sts", "us-east-1",
                AwsCredentialsIdentity.create(ACCESS_KEY, SECRET), true);
        SignedRequest signed = verifier.parse(request);
        assertTrue(signed.presigned());
        verifier.verify(request, signed, SECRET);
    }

    @Test
    void encodedPathAndQueryAreCanonicalisedLikeTheSdk() throws AuthFailure {
        SdkHttpRequest get = SdkHttpRequest.builder().method(SdkHttpMethod.GET).protocol("http").host("127.0.0.1")
                .port(4566).encodedPath("/flow%20logs/%E1%88%B4/a+b")
                .putRawQueryParameter("Filter.1.Name", "tag:Name")
                .putRawQueryParameter("Note", "a b+c/d~e*f")
                .putRawQueryParameter("Empty", "")
                .build();
        WireRequest request = sign(new Unsigned(get, ""), "ec2", "us-east-2",
                AwsCredentialsIdentity.create(ACCESS_KEY, SECRET), false);
        verifier.verify(request, verifier.parse(request), SECRET);
    }

    @Test
    void aWrongSecretIsRefused() throws AuthFailure {
        WireRequest request = sign(jsonPost("{}"), "logs", "us-east-2",
                AwsCredentialsIdentity.create(ACCESS_KEY, SECRET), false);
        SignedRequest signed = verifier.parse(request);
        AuthFailure failure = assertThrows(AuthFailure.class, () -> verifier.verify(request, signed, SECRET + "x"));
        assertEquals(AuthFailure.Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
    }

    private record Unsigned(SdkHttpRequest request, String body) {
    }

    private static Unsigned jsonPost(String body) {
        SdkHttpRequest post = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("http").host("127.0.0.1")
                .port(4566).encodedPath("/")
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "Logs_20140328.PutLogEvents")
                .build();
        return new Unsigned(post, body);
    }

    private static WireRequest sign(Unsigned unsigned, String service, String region,
                                    AwsCredentialsIdentity identity, boolean presign) {
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(identity)
                    .request(unsigned.request())
                    .payload(ContentStreamProvider.fromUtf8String(unsigned.body()))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC));
            if (presign) {
                r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(15));
            }
        });
        SdkHttpRequest request = signed.request();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        request.forEachHeader((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        if (request.firstMatchingHeader("Host").isEmpty()) {
            headers.add(Map.entry("Host", request.host() + ":" + request.port()));
        }
        return new WireRequest(request.method().name(), request.encodedPath(),
                request.encodedQueryParameters().orElse(""), headers,
                unsigned.body().getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
