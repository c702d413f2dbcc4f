package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Server-side SigV4 (AWS4-HMAC-SHA256) verification, wire-true for the non-S3 services flowsim emulates.
 *
 * <p>Use in two steps, so the pipeline can look up the access key in between, as AWS does:
 * {@link #parse} reads and checks the form of the signature (no secret needed), then {@link #verify} checks the time
 * window and recomputes the signature from the request exactly as received. Region and service are taken from the
 * credential scope, never assumed. Thread-safe and non-blocking.
 *
 * <p>Canonicalisation follows the non-S3 rules: the received (encoded) path is normalised and encoded again, the
 * query is decoded and re-encoded, signed headers are trimmed and whitespace-collapsed, and the payload hash is the
 * X-Amz-Content-Sha256 header when present, else the SHA-256 of the body. An X-Amz-Security-Token header that is not
 * among the signed headers is still taken as the session token (AWS's "post-sts-header-after" case).
 */
public final class SigV4Verifier {

    private final Clock wallClock;
    private final ClockSkewWindows skewWindows;
    private final Set<String> unsignedPayloadServices;

    /**
     * @param wallClock the real clock (signing times come from the client's real clock, not the simulated one)
     * @param maxSkew   how far a signing time may be from now, for every service
     */
    public SigV4Verifier(Clock wallClock, Duration maxSkew) {
        this(wallClock, ClockSkewWindows.uniform(maxSkew), Set.of());
    }

    /**
     * @param wallClock               the real clock
     * @param skewWindows             the allowed skew per service signing name
     * @param unsignedPayloadServices signing names that accept {@code X-Amz-Content-Sha256: UNSIGNED-PAYLOAD}. In
     *                                AWS only S3 does; every other service hashes the body it received, so a
     *                                signature over the literal UNSIGNED-PAYLOAD does not match there
     */
    public SigV4Verifier(Clock wallClock, ClockSkewWindows skewWindows, Set<String> unsignedPayloadServices) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.skewWindows = Objects.requireNonNull(skewWindows, "skewWindows");
        this.unsignedPayloadServices = Set.copyOf(unsignedPayloadServices);
    }

    /** Parse and check the form of the signature information; no secret needed. */
    public SignedRequest parse(WireRequest request) throws AuthFailure {
        String authorization = request.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return AuthorizationHeaderParser.parse(request, authorization);
        }
        QueryParameters query = QueryParameters.parse(request.rawQuery());
        if (PresignedQueryParser.isPresigned(query)) {
            return PresignedQueryParser.parse(query);
        }
        throw AuthFailure.missingAuthenticationToken();
    }

    /**
     * Checks the time window (the skew for header signatures; for presigned URLs the skew into the future and
     * X-Amz-Expires into the past, or the skew both ways when no expiry is stated), that the body is the signed one,
     * then recomputes the signature and compares it in constant time.
     */
    public void verify(WireRequest request, SignedRequest signed, String secretAccessKey) throws AuthFailure {
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        checkTimeWindow(request, signed);
        if (CanonicalRequest.claimsUnsignedPayload(request) && !unsignedPayloadServices.contains(signed.service())) {
            throw AuthFailure.signatureDoesNotMatch().withExplanation("The request says X-Amz-Content-Sha256:"
                    + " UNSIGNED-PAYLOAD, which only Amazon S3 accepts; " + signed.service() + " signs the SHA-256 of"
                    + " the body it received. Let the signer hash the payload (the AWS SDKs do this for every"
                    + " service but S3).");
        }
        String canonicalRequest = canonicalRequest(request, signed);
        String stringToSign = stringToSign(signed, canonicalRequest);
        if (!CanonicalRequest.bodyMatchesClaimedHash(request)) {
            throw AuthFailure.signatureDoesNotMatch().withExplanation("The body's SHA-256 is "
                    + SigningMath.sha256Hex(request.body()) + " but X-Amz-Content-Sha256 says "
                    + request.header(CanonicalRequest.CONTENT_SHA256_HEADER)
                    + ": the body changed after signing, or the header was computed over other bytes.");
        }
        String expected = SigningMath.signature(secretAccessKey, signed, stringToSign);
        if (!SigningMath.constantTimeEquals(expected, signed.signature())) {
            throw AuthFailure.signatureDoesNotMatch().withExplanation(mismatchExplanation(signed, canonicalRequest,
                    stringToSign));
        }
    }

    /** The canonical request the verifier computes for this request (for tests and explanations). */
    public String canonicalRequest(WireRequest request, SignedRequest signed) {
        return CanonicalRequest.build(request, signed);
    }

    /** The string to sign the verifier computes for this request (for tests and explanations). */
    public String stringToSign(WireRequest request, SignedRequest signed) {
        return stringToSign(signed, canonicalRequest(request, signed));
    }

    private static String stringToSign(SignedRequest signed, String canonicalRequest) {
        return SignatureClaims.ALGORITHM + "\n"
                + RequestTimestamp.basic(signed.requestTime()) + "\n"
                + signed.scope() + "\n"
                + SigningMath.sha256Hex(canonicalRequest);
    }

    private void checkTimeWindow(WireRequest request, SignedRequest signed) throws AuthFailure {
        Instant now = wallClock.instant();
        Duration maxSkew = skewWindows.forService(signed.service());
        Instant signedAt = signed.requestTime();
        if (signedAt.isAfter(now.plus(maxSkew))) {
            throw AuthFailure.signatureNotYetCurrent(signedAt, now, maxSkew);
        }
        Duration expires = signed.presigned()
                ? PresignedQueryParser.expires(QueryParameters.parse(request.rawQuery()))
                : null;
        if (expires != null) {
            if (now.isAfter(signedAt.plus(expires))) {
                throw AuthFailure.presignedUrlExpired(signedAt, expires, now);
            }
        } else if (signedAt.isBefore(now.minus(maxSkew))) {
            throw AuthFailure.signatureExpired(signedAt, now, maxSkew);
        }
    }

    private static String mismatchExplanation(SignedRequest signed, String canonicalRequest, String stringToSign) {
        return "flowsim recomputed the signature for access key " + signed.accessKeyId() + " from this canonical"
                + " request:\n" + canonicalRequest + "\n\nand this string to sign:\n" + stringToSign + "\n\nIf your"
                + " signer's canonical request differs, the request was changed after signing (a proxy, a re-encoded"
                + " path or query, an altered signed header); if they are equal, the secret access key differs from"
                + " the one flowsim holds for that key.";
    }
}
