package dev.flowsim.emulator.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the signature claims, parsed from the Authorization header or a presigned query string. Nothing here is
 * trusted until {@link SigV4Verifier#verify} has recomputed the signature.
 *
 * @param accessKeyId   the access key id from the credential scope
 * @param date          the credential scope date, {@code yyyyMMdd}
 * @param region        the credential scope region (the emulator serves every region, so it is taken from here)
 * @param service       the credential scope service signing name, e.g. {@code logs}, {@code sts}
 * @param requestTime   the signing time, from X-Amz-Date (header or query) or else the Date header
 * @param signedHeaders the signed header names, lower case, in the order the client listed them
 * @param signature     the hex signature as sent
 * @param sessionToken  X-Amz-Security-Token, or null when none was sent
 * @param presigned     true for the query-string form, false for the Authorization header form
 */
public record SignedRequest(String accessKeyId, String date, String region, String service, Instant requestTime,
                            List<String> signedHeaders, String signature, String sessionToken, boolean presigned) {

    public SignedRequest {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(requestTime, "requestTime");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature");
    }

    /** The credential scope as it appears in the string to sign: {@code date/region/service/aws4_request}. */
    public String scope() {
        return date + "/" + region + "/" + service + "/" + CredentialScope.TERMINATOR;
    }
}
