package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.auth.AuthFailure.Kind;

/**
 * How each authentication failure looks on the wire, per protocol family. Evidence for each row is noted: "observed"
 * means an AWS response quoted in a public issue or doc, "documented" an AWS error-code page only.
 *
 * <h2>JSON (CloudWatch Logs, AWS JSON 1.1)</h2>
 * All 400. {@code InvalidSignatureException} for mismatch and skew, {@code UnrecognizedClientException} and
 * {@code IncompleteSignatureException}: observed on Logs and other JSON services (reference cloudwatch-logs.md §4).
 * {@code ExpiredTokenException}: observed on other JSON services. {@code MissingAuthenticationTokenException} with
 * "Request is missing Authentication Token" and 400: observed on DynamoDB, a JSON service on the same framework
 * (amazon-kinesis-client#351, dynalite#105); unverified for Logs itself ("Missing Authentication Token" is API
 * Gateway's wording, not a JSON service's).
 *
 * <h2>QUERY (STS, IAM)</h2>
 * {@code SignatureDoesNotMatch} 403 for mismatch and for skew: "Signature expired: ... - 15 min." observed from STS
 * GetCallerIdentity and AssumeRole (aws-cli#6676, devsecops/bootcamp#101), "Signature not yet current ... + 15 min."
 * with 403 from GetCallerIdentity (QT-DevOps/DevOpsIssues#989). {@code IncompleteSignature} 400: observed from STS
 * (Hadoop S3A troubleshooting doc). {@code InvalidClientTokenId} 403 and {@code ExpiredToken} 403 with the token
 * messages: observed from STS. {@code MissingAuthenticationToken} 403 "Request is missing Authentication Token":
 * observed from STS (cert-manager/aws-privateca-issuer#40).
 *
 * <h2>EC2</h2>
 * EC2 hides the cause behind {@code AuthFailure} 401 "AWS was not able to validate the provided access credentials"
 * for an unknown key, a wrong secret and clock skew alike (observed: aws-sdk-java#519 and Packer / docker-machine
 * docs for skew, ParallelCluster docs for key/secret mismatch, the 401 in several reports). An expired session token
 * gives {@code RequestExpired} 400 "Request has expired." (observed with stale session credentials,
 * aws-sdk-go-v2#1674); presigned-URL expiry uses the same code (documented). An unsigned request gives
 * {@code MissingParameter} "The request must contain the parameter AWSAccessKeyId" (observed code and message,
 * kitchen-ec2#440; 400 per EC2's error page). {@code IncompleteSignature} 400 is documented as an EC2 common error;
 * its message is unverified, so the detail is kept.
 *
 * <h2>Presigned expiry (JSON, QUERY)</h2>
 * Weak evidence: these services appear to ignore X-Amz-Expires (aws-sdk-go#2167); "Request has expired" is S3's
 * wording. The codes follow the signature family.
 */
final class WireErrors {

    /** One row: code, status, and a message that replaces the failure's own (null keeps it). */
    record WireError(String code, int httpStatus, String fixedMessage) {
    }

    static final String EC2_AUTH_FAILURE_MESSAGE = "AWS was not able to validate the provided access credentials";
    private static final WireError EC2_AUTH_FAILURE = new WireError("AuthFailure", 401, EC2_AUTH_FAILURE_MESSAGE);
    private static final WireError EC2_REQUEST_EXPIRED = new WireError("RequestExpired", 400, "Request has expired.");

    private WireErrors() {
    }

    static WireError of(Kind kind, ProtocolFamily family) {
        return switch (family) {
            case JSON -> json(kind);
            case QUERY -> query(kind);
            case EC2 -> ec2(kind);
        };
    }

    private static WireError json(Kind kind) {
        return switch (kind) {
            case MISSING_AUTHENTICATION_TOKEN -> new WireError("MissingAuthenticationTokenException", 400, null);
            case INCOMPLETE_SIGNATURE -> new WireError("IncompleteSignatureException", 400, null);
            case INVALID_CLIENT_TOKEN_ID -> new WireError("UnrecognizedClientException", 400, null);
            case EXPIRED_TOKEN -> new WireError("ExpiredTokenException", 400, null);
            case SIGNATURE_DOES_NOT_MATCH, SIGNATURE_EXPIRED, PRESIGNED_URL_EXPIRED ->
                    new WireError("InvalidSignatureException", 400, null);
        };
    }

    private static WireError query(Kind kind) {
        return switch (kind) {
            case MISSING_AUTHENTICATION_TOKEN -> new WireError("MissingAuthenticationToken", 403, null);
            case INCOMPLETE_SIGNATURE -> new WireError("IncompleteSignature", 400, null);
            case INVALID_CLIENT_TOKEN_ID -> new WireError("InvalidClientTokenId", 403, null);
            case EXPIRED_TOKEN -> new WireError("ExpiredToken", 403, null);
            case SIGNATURE_DOES_NOT_MATCH, SIGNATURE_EXPIRED, PRESIGNED_URL_EXPIRED ->
                    new WireError("SignatureDoesNotMatch", 403, null);
        };
    }

    private static WireError ec2(Kind kind) {
        return switch (kind) {
            case MISSING_AUTHENTICATION_TOKEN -> new WireError("MissingParameter", 400,
                    "The request must contain the parameter AWSAccessKeyId");
            case INCOMPLETE_SIGNATURE -> new WireError("IncompleteSignature", 400, null);
            case INVALID_CLIENT_TOKEN_ID, SIGNATURE_DOES_NOT_MATCH, SIGNATURE_EXPIRED -> EC2_AUTH_FAILURE;
            case EXPIRED_TOKEN, PRESIGNED_URL_EXPIRED -> EC2_REQUEST_EXPIRED;
        };
    }
}
