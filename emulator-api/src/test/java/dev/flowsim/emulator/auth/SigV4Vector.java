package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;

/**
 * One signed request from a conformance suite and what a non-S3 AWS verifier must make of it.
 *
 * @param set                      the suite folder name
 * @param name                     the case name (with a "header"/"query" suffix for the CRT suite)
 * @param request                  the request as a server receives it, signature included
 * @param secretAccessKey          the suite's secret
 * @param expectedCanonicalRequest the canonical request the verifier must compute
 * @param expectedStringToSign     the string to sign the verifier must compute, or null when not asserted
 * @param expectation              accept, or which AWS rule makes a non-S3 service reject it
 * @param region                   the credential scope region
 * @param service                  the credential scope service
 * @param sessionToken             the session token the verifier must report, or null
 */
record SigV4Vector(String set, String name, WireRequest request, String secretAccessKey,
                   String expectedCanonicalRequest, String expectedStringToSign, Expectation expectation,
                   String region, String service, String sessionToken) {

    enum Expectation {
        ACCEPT,
        /**
         * Signed over a path that was not normalised; a non-S3 service normalises before hashing, so the canonical
         * request is the normalised twin's and the signature cannot match.
         */
        REJECT_UNNORMALIZED_PATH,
        /**
         * The security token was added to the query after presigning; the service hashes every query parameter but
         * X-Amz-Signature, so the token is part of its canonical query and the signature cannot match.
         */
        REJECT_UNSIGNED_QUERY_TOKEN
    }

    @Override
    public String toString() {
        return set + "/" + name;
    }
}
