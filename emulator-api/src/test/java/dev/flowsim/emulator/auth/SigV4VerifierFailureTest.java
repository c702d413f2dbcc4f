package dev.flowsim.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowsim.emulator.auth.AuthFailure.Kind;
import dev.flowsim.emulator.wire.WireRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every way a request fails authentication, with the kind and AWS's exact message. */
class SigV4VerifierFailureTest {

    private static final String X_AMZ_DATE = "20150830T123600Z";
    private static final String VALID_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/"
            + "service/aws4_request, SignedHeaders=host;x-amz-date, Signature="
            + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    private final SigV4Verifier verifier = verifierAt(SigV4VectorSets.SUITE_TIME);

    private static SigV4Verifier verifierAt(Instant now) {
        return new SigV4Verifier(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    private static WireRequest get(String rawQuery, String... headerPairs) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Host", "example.amazonaws.com"));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.add(Map.entry(headerPairs[i], headerPairs[i + 1]));
        }
        return WireRequest.of("GET", "/", rawQuery, headers, "");
    }

    private AuthFailure parseFailure(WireRequest request) {
        return assertThrows(AuthFailure.class, () -> verifier.parse(request));
    }

    @Nested
    class MissingAuthentication {

        @Test
        void noAuthorizationHeaderAndNoQuerySignature() {
            AuthFailure failure = parseFailure(get("Action=ListUsers", "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.MISSING_AUTHENTICATION_TOKEN, failure.kind());
            assertEquals("Request is missing Authentication Token", failure.message());
        }

        @Test
        void blankAuthorizationHeaderCountsAsNone() {
            assertEquals(Kind.MISSING_AUTHENTICATION_TOKEN, parseFailure(get("", "Authorization", " ")).kind());
        }

        @Test
        void aCredentialAloneInTheQueryIsNotAnAttemptToPresign() {
            AuthFailure failure = parseFailure(get("X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fsts"
                    + "%2Faws4_request"));
            assertEquals(Kind.MISSING_AUTHENTICATION_TOKEN, failure.kind());
        }
    }

    @Nested
    class MalformedAuthorizationHeader {

        @Test
        void algorithmAloneListsEveryMissingParameterAndEchoesTheScheme() {
            AuthFailure failure = parseFailure(get("", "Authorization", "AWS4-HMAC-SHA256", "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("Authorization header requires 'Credential' parameter. Authorization header requires"
                    + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                    + " Authorization=AWS4-HMAC-SHA256", failure.message());
        }

        @Test
        void missingDateIsReportedWithTheMissingParameters() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"));
            assertEquals("Authorization header requires 'Signature' parameter. Authorization header requires"
                    + " 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date'"
                    + " or a 'Date' header. Authorization=AWS4-HMAC-SHA256", failure.message());
        }

        @Test
        void aBareTokenIsEchoedWhole() {
            AuthFailure failure = parseFailure(get("", "Authorization", "eyJhbGciOiJIUzI1NiJ9.e30.sig"));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("Authorization header requires 'Credential' parameter. Authorization header requires"
                    + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                    + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
                    + " Authorization=eyJhbGciOiJIUzI1NiJ9.e30.sig", failure.message());
        }

        @Test
        void aComponentWithoutEqualsSignIsNamed() {
            AuthFailure failure = parseFailure(get("", "Authorization", "Bearer abc.def", "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("'abc.def' not a valid key=value pair (missing equal-sign) in Authorization header:"
                    + " 'Bearer abc.def'.", failure.message());
        }

        @Test
        void aSpaceInsideTheCredentialSplitsIt() {
            String header = "AWS4-HMAC-SHA256 Credential=not valid/20150830/us-east-1/sts/aws4_request,"
                    + " SignedHeaders=host;x-amz-date, Signature=abc";
            AuthFailure failure = parseFailure(get("", "Authorization", header, "X-Amz-Date", X_AMZ_DATE));
            assertEquals("'valid/20150830/us-east-1/sts/aws4_request' not a valid key=value pair (missing"
                    + " equal-sign) in Authorization header: '" + header + "'.", failure.message());
        }

        @Test
        void anotherAwsAlgorithmIsUnsupported() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    VALID_AUTHORIZATION.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"),
                    "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256'.", failure.message());
        }

        @Test
        void signatureVersion2HeaderIsUnsupported() {
            AuthFailure failure = parseFailure(get("", "Authorization", "AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=",
                    "X-Amz-Date", X_AMZ_DATE));
            assertEquals("Unsupported AWS 'algorithm': 'AWS'.", failure.message());
        }

        @Test
        void credentialMustHaveFiveParts() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1, SignedHeaders=host, Signature=ab",
                    "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("Credential must have exactly 5 slash-delimited elements, e.g."
                    + " keyid/date/region/service/term, got 'AKIDEXAMPLE/20150830/us-east-1'", failure.message());
        }

        @Test
        void xAmzDateMustBeIsoBasicFormat() {
            AuthFailure failure = parseFailure(get("", "Authorization", VALID_AUTHORIZATION,
                    "X-Amz-Date", "2015-08-30T12:36:00Z"));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'. See"
                    + " http://en.wikipedia.org/wiki/ISO_8601", failure.message());
        }

        @Test
        void hostMustBeSigned() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    VALID_AUTHORIZATION.replace("SignedHeaders=host;x-amz-date", "SignedHeaders=x-amz-date"),
                    "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
            assertEquals("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
                    failure.message());
        }

        @Test
        void scopeDateMustBeTheRequestDay() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    VALID_AUTHORIZATION.replace("/20150830/", "/20150829/"), "X-Amz-Date", X_AMZ_DATE));
            assertEquals(Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
            assertEquals("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
                    + " '20150829' != '20150830', from '20150830T123600Z'.", failure.message());
        }

        @Test
        void scopeMustEndWithAws4Request() {
            AuthFailure failure = parseFailure(get("", "Authorization",
                    VALID_AUTHORIZATION.replace("aws4_request", "aws5_request"), "X-Amz-Date", X_AMZ_DATE));
            assertEquals("Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'.",
                    failure.message());
        }

        @Test
        void theDateHeaderIsUsedWhenXAmzDateIsAbsent() throws AuthFailure {
            WireRequest request = get("", "Authorization", VALID_AUTHORIZATION,
                    "Date", "Sun, 30 Aug 2015 12:36:00 GMT");
            SignedRequest signed = verifier.parse(request);
            assertEquals(SigV4VectorSets.SUITE_TIME, signed.requestTime());
            assertEquals("20150830T123600Z", verifier.stringToSign(request, signed).split("\n")[1]);
        }
    }

    @Nested
    class ClockSkew {

        private final SigV4Vector vanilla = SigV4VectorSets.crtSuite().stream()
                .filter(v -> v.name().equals("get-vanilla [header]")).findFirst().orElseThrow();

        private AuthFailure verifyAt(Instant now) throws AuthFailure {
            SigV4Verifier atNow = verifierAt(now);
            SignedRequest signed = atNow.parse(vanilla.request());
            return assertThrows(AuthFailure.class,
                    () -> atNow.verify(vanilla.request(), signed, SigV4VectorSets.SECRET));
        }

        @Test
        void signedMoreThanFiveMinutesAgoIsExpired() throws AuthFailure {
            AuthFailure failure = verifyAt(Instant.parse("2015-08-30T12:51:00Z"));
            assertEquals(Kind.SIGNATURE_EXPIRED, failure.kind());
            assertEquals("Signature expired: 20150830T123600Z is now earlier than 20150830T124600Z"
                    + " (20150830T125100Z - 5 min.)", failure.message());
            assertTrue(failure.explanation().contains("wall clock"), failure.explanation());
        }

        @Test
        void signedMoreThanFiveMinutesAheadIsNotYetCurrent() throws AuthFailure {
            AuthFailure failure = verifyAt(Instant.parse("2015-08-30T12:30:59Z"));
            assertEquals(Kind.SIGNATURE_EXPIRED, failure.kind());
            assertEquals("Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z"
                    + " (20150830T123059Z + 5 min.)", failure.message());
        }

        @Test
        void exactlyFiveMinutesEitherWayIsAccepted() {
            for (String now : List.of("2015-08-30T12:41:00Z", "2015-08-30T12:31:00Z")) {
                SigV4Verifier atNow = verifierAt(Instant.parse(now));
                assertDoesNotThrow(() -> atNow.verify(vanilla.request(), atNow.parse(vanilla.request()),
                        SigV4VectorSets.SECRET), now);
            }
        }

        @Test
        void oneSecondPastTheWindowIsRejected() throws AuthFailure {
            assertEquals(Kind.SIGNATURE_EXPIRED, verifyAt(Instant.parse("2015-08-30T12:41:01Z")).kind());
        }
    }

    @Nested
    class PresignedUrls {

        /** Presigned at 12:36:00 with X-Amz-Expires=3600. */
        private final SigV4Vector vanilla = SigV4VectorSets.crtSuite().stream()
                .filter(v -> v.name().equals("get-vanilla [query]")).findFirst().orElseThrow();

        @Test
        void usableUntilItsExpiryEvenBeyondTheSkew() {
            SigV4Verifier atNow = verifierAt(Instant.parse("2015-08-30T13:36:00Z"));
            assertDoesNotThrow(() -> atNow.verify(vanilla.request(), atNow.parse(vanilla.request()),
                    SigV4VectorSets.SECRET));
        }

        @Test
        void expiredOneSecondAfterDatePlusExpires() throws AuthFailure {
            SigV4Verifier atNow = verifierAt(Instant.parse("2015-08-30T13:36:01Z"));
            SignedRequest signed = atNow.parse(vanilla.request());
            AuthFailure failure = assertThrows(AuthFailure.class,
                    () -> atNow.verify(vanilla.request(), signed, SigV4VectorSets.SECRET));
            assertEquals(Kind.PRESIGNED_URL_EXPIRED, failure.kind());
            assertEquals("Request has expired", failure.message());
            assertTrue(failure.explanation().contains("expired at 20150830T133600Z"), failure.explanation());
        }

        @Test
        void missingParametersAreListed() {
            AuthFailure failure = parseFailure(get("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=" + X_AMZ_DATE));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters"
                    + " must include 'X-Amz-Signature'. AWS query-string parameters must include"
                    + " 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.", failure.message());
        }

        @Test
        void expiresBeyondAWeekIsRefused() {
            String query = vanilla.request().rawQuery().replace("X-Amz-Expires=3600", "X-Amz-Expires=604801");
            AuthFailure failure = parseFailure(get(query));
            assertEquals(Kind.INCOMPLETE_SIGNATURE, failure.kind());
            assertEquals("X-Amz-Expires must be less than a week (in seconds) that is 604800", failure.message());
        }

        @Test
        void unsupportedQueryAlgorithm() {
            String query = vanilla.request().rawQuery().replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1");
            assertEquals("Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA1'.", parseFailure(get(query)).message());
        }
    }

    @Nested
    class SignatureMismatch {

        @Test
        void aTamperedSignedHeaderIsExplainedWithTheCanonicalRequest() throws AuthFailure {
            WireRequest request = get("", "Authorization", VALID_AUTHORIZATION, "X-Amz-Date", X_AMZ_DATE);
            WireRequest tampered = RawHttpRequestReader.withHeader(request, "Host", "other.example.com");
            AuthFailure failure = assertThrows(AuthFailure.class,
                    () -> verifier.verify(tampered, verifier.parse(tampered), SigV4VectorSets.SECRET));
            assertEquals(Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
            assertEquals(AuthFailure.SIGNATURE_MISMATCH_MESSAGE, failure.message());
            assertTrue(failure.explanation().contains("host:other.example.com"), failure.explanation());
        }

        @Test
        void aContentHashThatDoesNotMatchTheBodyIsRejected() throws AuthFailure {
            SigV4Vector form = SigV4VectorSets.crtSuite().stream()
                    .filter(v -> v.name().equals("post-x-www-form-urlencoded [header]")).findFirst().orElseThrow();
            WireRequest lying = RawHttpRequestReader.withHeader(form.request(), "X-Amz-Content-Sha256",
                    SigningMath.sha256Hex("Param1=value2"));
            AuthFailure failure = assertThrows(AuthFailure.class,
                    () -> verifier.verify(lying, verifier.parse(lying), SigV4VectorSets.SECRET));
            assertEquals(Kind.SIGNATURE_DOES_NOT_MATCH, failure.kind());
            assertTrue(failure.explanation().contains("X-Amz-Content-Sha256"), failure.explanation());
        }
    }
}
