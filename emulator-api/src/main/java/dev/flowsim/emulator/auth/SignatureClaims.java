package dev.flowsim.emulator.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks both signature forms share once their parameters are extracted. */
final class SignatureClaims {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private SignatureClaims() {
    }

    static AuthFailure unsupportedAlgorithm(String algorithm) {
        return AuthFailure.incompleteSignature("Unsupported AWS 'algorithm': '" + algorithm + "'.");
    }

    /** The ';'-separated list, lower-cased; Host must be among them or AWS refuses the signature. */
    static List<String> signedHeaderNames(String signedHeaders) throws AuthFailure {
        List<String> names = new ArrayList<>(8);
        int from = 0;
        while (from <= signedHeaders.length()) {
            int semicolon = signedHeaders.indexOf(';', from);
            int end = semicolon < 0 ? signedHeaders.length() : semicolon;
            String name = signedHeaders.substring(from, end);
            if (!name.isBlank()) {
                names.add(name.trim().toLowerCase(Locale.ROOT));
            }
            from = end + 1;
        }
        if (!names.contains("host")) {
            throw AuthFailure.signatureDoesNotMatch(
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return names;
    }

    /** Splits and checks the credential scope against the request time and builds the claims. */
    static SignedRequest assemble(String credential, List<String> signedHeaders, String signature, Instant requestTime,
                                  String sessionToken, boolean presigned) throws AuthFailure {
        CredentialScope scope = CredentialScope.parse(credential);
        scope.checkAgainst(requestTime);
        return new SignedRequest(scope.accessKeyId(), scope.date(), scope.region(), scope.service(), requestTime,
                signedHeaders, signature, sessionToken, presigned);
    }
}
