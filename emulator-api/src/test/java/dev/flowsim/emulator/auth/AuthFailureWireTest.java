package dev.flowsim.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowsim.emulator.auth.AuthFailure.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a client sees for each failure, per protocol family: code, HTTP status, message. */
class AuthFailureWireTest {

    private static final Instant T = Instant.parse("2015-08-30T12:36:00Z");
    private static final String EC2_AUTH = "AWS was not able to validate the provided access credentials";

    static List<Arguments> wireTable() {
        AuthFailure missing = AuthFailure.missingAuthenticationToken();
        AuthFailure incomplete = AuthFailure.incompleteSignature("Unsupported AWS 'algorithm': 'AWS5'.");
        AuthFailure unknownKey = AuthFailure.invalidClientTokenId();
        AuthFailure expiredToken = AuthFailure.expiredToken();
        AuthFailure mismatch = AuthFailure.signatureDoesNotMatch();
        AuthFailure skew = AuthFailure.signatureExpired(T, T.plus(Duration.ofMinutes(15)), Duration.ofMinutes(5));
        AuthFailure presign = AuthFailure.presignedUrlExpired(T, Duration.ofSeconds(60), T.plusSeconds(61));
        String skewText = "Signature expired: 20150830T123600Z is now earlier than 20150830T124600Z"
                + " (20150830T125100Z - 5 min.)";
        return List.of(
                Arguments.of(missing, ProtocolFamily.JSON, "MissingAuthenticationTokenException", 400,
                        "Request is missing Authentication Token"),
                Arguments.of(missing, ProtocolFamily.QUERY, "MissingAuthenticationToken", 403,
                        "Request is missing Authentication Token"),
                Arguments.of(missing, ProtocolFamily.EC2, "MissingParameter", 400,
                        "The request must contain the parameter AWSAccessKeyId"),
                Arguments.of(incomplete, ProtocolFamily.JSON, "IncompleteSignatureException", 400,
                        "Unsupported AWS 'algorithm': 'AWS5'."),
                Arguments.of(incomplete, ProtocolFamily.QUERY, "IncompleteSignature", 400,
                        "Unsupported AWS 'algorithm': 'AWS5'."),
                Arguments.of(incomplete, ProtocolFamily.EC2, "IncompleteSignature", 400,
                        "Unsupported AWS 'algorithm': 'AWS5'."),
                Arguments.of(unknownKey, ProtocolFamily.JSON, "UnrecognizedClientException", 400,
                        "The security token included in the request is invalid."),
                Arguments.of(unknownKey, ProtocolFamily.QUERY, "InvalidClientTokenId", 403,
                        "The security token included in the request is invalid."),
                Arguments.of(unknownKey, ProtocolFamily.EC2, "AuthFailure", 401, EC2_AUTH),
                Arguments.of(expiredToken, ProtocolFamily.JSON, "ExpiredTokenException", 400,
                        "The security token included in the request is expired"),
                Arguments.of(expiredToken, ProtocolFamily.QUERY, "ExpiredToken", 403,
                        "The security token included in the request is expired"),
                Arguments.of(expiredToken, ProtocolFamily.EC2, "RequestExpired", 400, "Request has expired."),
                Arguments.of(mismatch, ProtocolFamily.JSON, "InvalidSignatureException", 400,
                        AuthFailure.SIGNATURE_MISMATCH_MESSAGE),
                Arguments.of(mismatch, ProtocolFamily.QUERY, "SignatureDoesNotMatch", 403,
                        AuthFailure.SIGNATURE_MISMATCH_MESSAGE),
                Arguments.of(mismatch, ProtocolFamily.EC2, "AuthFailure", 401, EC2_AUTH),
                Arguments.of(skew, ProtocolFamily.JSON, "InvalidSignatureException", 400, skewText),
                Arguments.of(skew, ProtocolFamily.QUERY, "SignatureDoesNotMatch", 403, skewText),
                Arguments.of(skew, ProtocolFamily.EC2, "AuthFailure", 401, EC2_AUTH),
                Arguments.of(presign, ProtocolFamily.JSON, "InvalidSignatureException", 400, "Request has expired"),
                Arguments.of(presign, ProtocolFamily.QUERY, "SignatureDoesNotMatch", 403, "Request has expired"),
                Arguments.of(presign, ProtocolFamily.EC2, "RequestExpired", 400, "Request has expired."));
    }

    @ParameterizedTest(name = "{0} as {1}: {2} {3}")
    @MethodSource("wireTable")
    void wireCodeStatusAndMessage(AuthFailure failure, ProtocolFamily family, String code, int status,
                                  String message) {
        assertEquals(code, failure.code(family));
        assertEquals(status, failure.httpStatus(family));
        assertEquals(message, failure.message(family));
    }

    @Test
    void theTableCoversEveryKindInEveryFamily() {
        Set<Kind> covered = EnumSet.noneOf(Kind.class);
        for (Arguments row : wireTable()) {
            covered.add(((AuthFailure) row.get()[0]).kind());
        }
        assertEquals(EnumSet.allOf(Kind.class), covered);
        assertEquals(Kind.values().length * ProtocolFamily.values().length, wireTable().size());
    }

    @Test
    void jsonAndQueryShareTheAwsWording() {
        AuthFailure skew = AuthFailure.signatureNotYetCurrent(T, T.minus(Duration.ofMinutes(6)), Duration.ofMinutes(5));
        assertEquals("Signature not yet current: 20150830T123600Z is still later than 20150830T123500Z"
                + " (20150830T123000Z + 5 min.)", skew.message());
        assertEquals(skew.message(), skew.message(ProtocolFamily.JSON));
        assertEquals(skew.message(), skew.message(ProtocolFamily.QUERY));
        assertEquals(skew.message(), skew.getMessage());
    }

    @Test
    void scopeFactoriesForThePipeline() {
        assertEquals("Credential should be scoped to a valid region, not 'mars-1'.",
                AuthFailure.wrongRegionInScope("mars-1").message());
        AuthFailure service = AuthFailure.wrongServiceInScope("logs");
        assertEquals("Credential should be scoped to correct service: 'logs'.", service.message());
        assertEquals("SignatureDoesNotMatch", service.code(ProtocolFamily.QUERY));
    }

    @Test
    void explanationIsKeptOffTheWire() {
        AuthFailure failure = AuthFailure.invalidClientTokenId()
                .withExplanation("no access key AKIDEXAMPLE in the store");
        assertEquals(Kind.INVALID_CLIENT_TOKEN_ID, failure.kind());
        assertEquals("The security token included in the request is invalid.", failure.message());
        assertEquals("no access key AKIDEXAMPLE in the store", failure.explanation());
        assertTrue(AuthFailure.expiredToken().explanation().isEmpty());
    }
}
