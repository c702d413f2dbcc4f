package dev.flowsim.emulator.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A request that failed authentication, with AWS's wording. The {@link Kind} says what went wrong; the wire code,
 * HTTP status and (for EC2) message depend on the {@link ProtocolFamily} of the service that answers, see
 * {@link WireErrors} for the table and its evidence. {@link #explanation()} carries flowsim's own diagnosis for logs
 * and denial explanations; it is never part of the AWS response.
 */
public final class AuthFailure extends Exception {

    public enum Kind {
        /** Neither an Authorization header nor a presigned query string. */
        MISSING_AUTHENTICATION_TOKEN,
        /** The signature information is malformed or incomplete. */
        INCOMPLETE_SIGNATURE,
        /** The access key id (or its session token) is unknown. */
        INVALID_CLIENT_TOKEN_ID,
        /** The session token belongs to temporary credentials that have expired. */
        EXPIRED_TOKEN,
        /** The recomputed signature differs, or the credential scope or signed headers are unacceptable. */
        SIGNATURE_DOES_NOT_MATCH,
        /** The signing time is outside the allowed clock skew (either direction). */
        SIGNATURE_EXPIRED,
        /** A presigned URL used after X-Amz-Date + X-Amz-Expires. */
        PRESIGNED_URL_EXPIRED
    }

    private static final long serialVersionUID = 1L;

    static final String SIGNATURE_MISMATCH_MESSAGE = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";
    static final String MISSING_TOKEN_MESSAGE = "Request is missing Authentication Token";
    static final String INVALID_TOKEN_MESSAGE = "The security token included in the request is invalid.";
    static final String EXPIRED_TOKEN_MESSAGE = "The security token included in the request is expired";
    static final String REQUEST_EXPIRED_MESSAGE = "Request has expired";

    private final Kind kind;
    private final String message;
    private final String explanation;

    private AuthFailure(Kind kind, String message, String explanation) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
        this.explanation = explanation == null ? "" : explanation;
    }

    public Kind kind() {
        return kind;
    }

    /** AWS's message as the JSON and Query services word it (they agree for every kind). */
    public String message() {
        return message;
    }

    /** The message the given family sends; EC2 replaces most details with its own fixed texts. */
    public String message(ProtocolFamily family) {
        String fixed = WireErrors.of(kind, family).fixedMessage();
        return fixed == null ? message : fixed;
    }

    /** The AWS error code for that family, e.g. {@code InvalidSignatureException} or {@code SignatureDoesNotMatch}. */
    public String code(ProtocolFamily family) {
        return WireErrors.of(kind, family).code();
    }

    public int httpStatus(ProtocolFamily family) {
        return WireErrors.of(kind, family).httpStatus();
    }

    /** flowsim's diagnosis and the fix, for logs and explanations; empty when there is nothing to add. */
    public String explanation() {
        return explanation;
    }

    /** The same failure with flowsim's diagnosis attached. */
    public AuthFailure withExplanation(String newExplanation) {
        return new AuthFailure(kind, message, newExplanation);
    }

    public static AuthFailure missingAuthenticationToken() {
        return new AuthFailure(Kind.MISSING_AUTHENTICATION_TOKEN, MISSING_TOKEN_MESSAGE,
                "The request carries neither an Authorization header nor an X-Amz-Signature query parameter: sign it"
                        + " with SigV4 (the AWS CLI and SDKs do this when credentials are configured).");
    }

    public static AuthFailure incompleteSignature(String detail) {
        return new AuthFailure(Kind.INCOMPLETE_SIGNATURE, detail, "");
    }

    public static AuthFailure invalidClientTokenId() {
        return new AuthFailure(Kind.INVALID_CLIENT_TOKEN_ID, INVALID_TOKEN_MESSAGE, "");
    }

    public static AuthFailure expiredToken() {
        return new AuthFailure(Kind.EXPIRED_TOKEN, EXPIRED_TOKEN_MESSAGE, "");
    }

    /** The recomputed signature differs: AWS's standard wording. */
    public static AuthFailure signatureDoesNotMatch() {
        return new AuthFailure(Kind.SIGNATURE_DOES_NOT_MATCH, SIGNATURE_MISMATCH_MESSAGE, "");
    }

    /** A signature-family failure with a specific AWS message (credential scope, unsigned Host, ...). */
    public static AuthFailure signatureDoesNotMatch(String detail) {
        return new AuthFailure(Kind.SIGNATURE_DOES_NOT_MATCH, detail, "");
    }

    /** For the pipeline when the scope names a region the emulator refuses. */
    public static AuthFailure wrongRegionInScope(String scopeRegion) {
        return signatureDoesNotMatch("Credential should be scoped to a valid region, not '" + scopeRegion + "'.");
    }

    /** For the pipeline when the scope names another service than the one that received the request. */
    public static AuthFailure wrongServiceInScope(String expectedService) {
        return signatureDoesNotMatch("Credential should be scoped to correct service: '" + expectedService + "'.");
    }

    /** Signed longer ago than the allowed skew. */
    public static AuthFailure signatureExpired(Instant requestTime, Instant now, Duration maxSkew) {
        String text = "Signature expired: " + RequestTimestamp.basic(requestTime) + " is now earlier than "
                + RequestTimestamp.basic(now.minus(maxSkew)) + " (" + RequestTimestamp.basic(now) + " - "
                + maxSkew.toMinutes() + " min.)";
        return new AuthFailure(Kind.SIGNATURE_EXPIRED, text, skewAdvice(requestTime, now, maxSkew));
    }

    /** Signed further in the future than the allowed skew. */
    public static AuthFailure signatureNotYetCurrent(Instant requestTime, Instant now, Duration maxSkew) {
        String text = "Signature not yet current: " + RequestTimestamp.basic(requestTime) + " is still later than "
                + RequestTimestamp.basic(now.plus(maxSkew)) + " (" + RequestTimestamp.basic(now) + " + "
                + maxSkew.toMinutes() + " min.)";
        return new AuthFailure(Kind.SIGNATURE_EXPIRED, text, skewAdvice(requestTime, now, maxSkew));
    }

    /** A presigned URL used after its X-Amz-Expires lifetime. */
    public static AuthFailure presignedUrlExpired(Instant requestTime, Duration expires, Instant now) {
        return new AuthFailure(Kind.PRESIGNED_URL_EXPIRED, REQUEST_EXPIRED_MESSAGE,
                "The presigned URL was signed at " + RequestTimestamp.basic(requestTime) + " for "
                        + expires.toSeconds() + " s, so it expired at "
                        + RequestTimestamp.basic(requestTime.plus(expires)) + "; it is now "
                        + RequestTimestamp.basic(now) + ". Presign the request again.");
    }

    private static String skewAdvice(Instant requestTime, Instant now, Duration maxSkew) {
        return "The request was signed at " + RequestTimestamp.basic(requestTime) + " but the emulator's real clock"
                + " reads " + RequestTimestamp.basic(now) + " (allowed skew " + maxSkew.toMinutes() + " min). The"
                + " signing time is checked against the wall clock, not the simulated one: fix the client's clock or"
                + " sign the request again.";
    }
}
