package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UNSIGNED-PAYLOAD is S3's alone: the services flowsim emulates hash the body they received. */
class UnsignedPayloadTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String KEY = "AKIAFLOWSIMEXAMPLE01";
    private static final String SECRET = "flowsim/Secret+Key/ExampleOnly0123456789";

    private static WireRequest signedWithoutPayloadHash(String service) {
        SdkHttpRequest post = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("https")
                .host("127.0.0.1").port(4566).encodedPath("/")
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "Logs_20140328.DescribeLogGroups").build();
        String body = "{}";
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                .request(post).payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-2")
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        signed.request().forEachHeader((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        if (signed.request().firstMatchingHeader("Host").isEmpty()) {
            headers.add(Map.entry("Host", "127.0.0.1:4566"));
        }
        return new WireRequest("POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    @Test
    void theSdkReallySendsUnsignedPayload() {
        assertEquals("UNSIGNED-PAYLOAD", signedWithoutPayloadHash("logs").header("X-Amz-Content-Sha256"));
    }

    @Test
    void logsRefusesAnUnsignedPayload() throws AuthFailure {
        SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC), ClockSkewWindows.aws(), Set.of());
        WireRequest request = signedWithoutPayloadHash("logs");
        SignedRequest claims = verifier.parse(request);
        AuthFailure failure = assertThrows(AuthFailure.class, () -> verifier.verify(request, claims, SECRET));
        assertEquals(AuthFailure.Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
        assertEquals("InvalidSignatureException", failure.code(ProtocolFamily.JSON));
        assertTrue(failure.explanation().contains("only Amazon S3 accepts"), failure.explanation());
    }

    @Test
    void aServiceConfiguredToAllowItAcceptsTheSameRequest() throws AuthFailure {
        SigV4Verifier verifier = new SigV4Verifier(Clock.fixed(NOW, ZoneOffset.UTC), ClockSkewWindows.aws(),
                Set.of("s3"));
        WireRequest request = signedWithoutPayloadHash("s3");
        verifier.verify(request, verifier.parse(request), SECRET);
    }
}
