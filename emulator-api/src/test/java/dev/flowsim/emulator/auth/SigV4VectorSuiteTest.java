package dev.flowsim.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.flowsim.emulator.auth.SigV4Vector.Expectation;
import dev.flowsim.emulator.wire.WireRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the verifier over every case of the three SigV4 vector sets with a clock pinned to the suites' time: the
 * canonical request and string to sign must equal the published ones, the signature must be accepted (or rejected
 * where a non-S3 AWS service would reject it), and a one-character change of the secret or of the body must be
 * refused as a signature mismatch.
 */
class SigV4VectorSuiteTest {

    private final SigV4Verifier verifier =
            new SigV4Verifier(Clock.fixed(SigV4VectorSets.SUITE_TIME, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void everyPublishedCaseIsLoaded() {
        assertEquals(34, SigV4VectorSets.awsTestSuite().size(), "AWS suite cases");
        assertEquals(76, SigV4VectorSets.crtSuite().size(), "CRT suite cases, header and query form");
        assertEquals(7, SigV4VectorSets.generatedBotocore().size(), "generated botocore cases");
    }

    @Test
    void onlyTheCasesThatANonS3ServiceMustRefuseAreExpectedToFail() {
        List<String> refused = SigV4VectorSets.crtSuite().stream()
                .filter(v -> v.expectation() != Expectation.ACCEPT)
                .map(SigV4Vector::name)
                .sorted()
                .toList();
        assertEquals(List.of(
                "get-relative-relative-unnormalized [header]", "get-relative-relative-unnormalized [query]",
                "get-relative-unnormalized [header]", "get-relative-unnormalized [query]",
                "get-slash-dot-slash-unnormalized [header]", "get-slash-dot-slash-unnormalized [query]",
                "get-slash-pointless-dot-unnormalized [header]", "get-slash-pointless-dot-unnormalized [query]",
                "get-slash-unnormalized [header]", "get-slash-unnormalized [query]",
                "get-slashes-unnormalized [header]", "get-slashes-unnormalized [query]",
                "post-sts-header-after [query]"), refused);
    }

    @TestFactory
    Stream<DynamicNode> awsSignatureV4TestSuite() {
        return SigV4VectorSets.awsTestSuite().stream().map(this::casesFor);
    }

    @TestFactory
    Stream<DynamicNode> crtSigningTestSuite() {
        return SigV4VectorSets.crtSuite().stream().map(this::casesFor);
    }

    @TestFactory
    Stream<DynamicNode> generatedBotocoreRequests() {
        return SigV4VectorSets.generatedBotocore().stream().map(this::casesFor);
    }

    private DynamicContainer casesFor(SigV4Vector vector) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("canonical request", () -> assertCanonicalRequest(vector)));
        if (vector.expectedStringToSign() != null) {
            tests.add(dynamicTest("string to sign", () -> assertEquals(vector.expectedStringToSign(),
                    verifier.stringToSign(vector.request(), verifier.parse(vector.request())))));
        }
        if (vector.expectation() == Expectation.ACCEPT) {
            tests.add(dynamicTest("accepted, claims read from the scope", () -> assertAccepted(vector)));
            tests.add(dynamicTest("one character of the secret changed: rejected", () -> assertMismatch(
                    vector.request(), otherSecret(vector.secretAccessKey()))));
            tests.add(dynamicTest("one character of the body changed: rejected", () -> assertMismatch(
                    RawHttpRequestReader.withBody(vector.request(), otherBody(vector.request().body())),
                    vector.secretAccessKey())));
        } else {
            tests.add(dynamicTest("rejected: " + vector.expectation(), () -> assertMismatch(vector.request(),
                    vector.secretAccessKey())));
        }
        return DynamicContainer.dynamicContainer(vector.toString(), tests);
    }

    private void assertCanonicalRequest(SigV4Vector vector) throws AuthFailure {
        String actual = verifier.canonicalRequest(vector.request(), verifier.parse(vector.request()));
        if (vector.expectation() == Expectation.REJECT_UNSIGNED_QUERY_TOKEN) {
            assertTrue(actual.contains("X-Amz-Security-Token="), "the token is part of the canonical query");
            assertEquals(vector.expectedCanonicalRequest(), withoutQueryParameter(actual, "X-Amz-Security-Token"));
        } else {
            assertEquals(vector.expectedCanonicalRequest(), actual);
        }
    }

    private void assertAccepted(SigV4Vector vector) throws AuthFailure {
        SignedRequest signed = verifier.parse(vector.request());
        verifier.verify(vector.request(), signed, vector.secretAccessKey());
        assertEquals("AKIDEXAMPLE", signed.accessKeyId());
        assertEquals("20150830", signed.date());
        assertEquals(vector.region(), signed.region());
        assertEquals(vector.service(), signed.service());
        assertEquals(SigV4VectorSets.SUITE_TIME, signed.requestTime());
        assertEquals(vector.sessionToken(), signed.sessionToken());
        assertEquals(vector.request().rawQuery().contains("X-Amz-Signature="), signed.presigned());
    }

    private void assertMismatch(WireRequest request, String secret) {
        AuthFailure failure = assertThrows(AuthFailure.class, () -> verifier.verify(request,
                verifier.parse(request), secret));
        assertEquals(AuthFailure.Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind(), failure::explanation);
        assertEquals(AuthFailure.SIGNATURE_MISMATCH_MESSAGE, failure.message());
    }

    private static String otherSecret(String secret) {
        char last = secret.charAt(secret.length() - 1);
        return secret.substring(0, secret.length() - 1) + (last == 'Y' ? 'Z' : 'Y');
    }

    private static byte[] otherBody(byte[] body) {
        if (body.length == 0) {
            return "x".getBytes(StandardCharsets.UTF_8);
        }
        byte[] changed = Arrays.copyOf(body, body.length);
        changed[0] = (byte) (changed[0] == 'x' ? 'y' : 'x');
        return changed;
    }

    /** The canonical request with one parameter removed from its query line (the third line). */
    private static String withoutQueryParameter(String canonicalRequest, String name) {
        String[] lines = canonicalRequest.split("\n", -1);
        lines[2] = Arrays.stream(lines[2].split("&"))
                .filter(pair -> !pair.startsWith(name + "="))
                .collect(Collectors.joining("&"));
        String result = String.join("\n", lines);
        assertNotEquals(canonicalRequest, result);
        return result;
    }
}
