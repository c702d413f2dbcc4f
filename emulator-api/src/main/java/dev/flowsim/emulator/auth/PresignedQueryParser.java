package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the presigned (query-string) form: X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires,
 * X-Amz-SignedHeaders, X-Amz-Signature and X-Amz-Security-Token. The missing-parameter wording follows
 * scratchstack-aws-signature; the X-Amz-Expires wording is S3's (other services' is unpublished).
 */
final class PresignedQueryParser {

    static final String ALGORITHM = "X-Amz-Algorithm";
    static final String CREDENTIAL = "X-Amz-Credential";
    static final String DATE = "X-Amz-Date";
    static final String EXPIRES = "X-Amz-Expires";
    static final String SIGNED_HEADERS = "X-Amz-SignedHeaders";
    static final String SIGNATURE = "X-Amz-Signature";
    static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    /** A SigV4 signing key lives seven days, so no presigned URL may outlive that. */
    static final long MAX_EXPIRES_SECONDS = 604_800;

    private PresignedQueryParser() {
    }

    /** A query carrying the algorithm or the signature is an attempt at query-string authentication. */
    static boolean isPresigned(QueryParameters query) {
        return query.contains(ALGORITHM) || query.contains(SIGNATURE);
    }

    static SignedRequest parse(QueryParameters query) throws AuthFailure {
        String algorithm = query.first(ALGORITHM);
        if (algorithm != null && !SignatureClaims.ALGORITHM.equals(algorithm)) {
            throw SignatureClaims.unsupportedAlgorithm(algorithm);
        }
        List<String> missing = new ArrayList<>(5);
        for (String name : List.of(ALGORITHM, CREDENTIAL, SIGNATURE, SIGNED_HEADERS, DATE)) {
            if (!query.contains(name)) {
                missing.add("AWS query-string parameters must include '" + name + "'.");
            }
        }
        if (!missing.isEmpty()) {
            throw AuthFailure.incompleteSignature(String.join(" ", missing)
                    + " Re-examine the query-string parameters.");
        }
        expires(query);
        List<String> signedHeaders = SignatureClaims.signedHeaderNames(query.first(SIGNED_HEADERS));
        return SignatureClaims.assemble(query.first(CREDENTIAL), signedHeaders, query.first(SIGNATURE),
                RequestTimestamp.parseBasic(query.first(DATE)), query.first(SECURITY_TOKEN), true);
    }

    /** The presigned lifetime, or null when the URL does not state one. */
    static Duration expires(QueryParameters query) throws AuthFailure {
        String value = query.first(EXPIRES);
        if (value == null) {
            return null;
        }
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw AuthFailure.incompleteSignature("X-Amz-Expires should be a number");
        }
        if (seconds < 0) {
            throw AuthFailure.incompleteSignature("X-Amz-Expires must be non-negative");
        }
        if (seconds > MAX_EXPIRES_SECONDS) {
            throw AuthFailure.incompleteSignature("X-Amz-Expires must be less than a week (in seconds) that is "
                    + MAX_EXPIRES_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }
}
