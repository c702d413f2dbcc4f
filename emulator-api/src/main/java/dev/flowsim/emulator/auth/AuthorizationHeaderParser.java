package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...} the way AWS does and
 * reports its problems in AWS's order and words: an "AWS…" algorithm other than AWS4-HMAC-SHA256, a component without
 * '=', the missing parameters (all at once), an unsigned Host, a malformed date, a malformed credential, a credential
 * scope that does not fit the request. The wording comes from AWS responses quoted in public reports (API Gateway and
 * STS) and from scratchstack-aws-signature, a server-side reimplementation whose tests pin AWS's messages.
 */
final class AuthorizationHeaderParser {

    static final String SECURITY_TOKEN_HEADER = "X-Amz-Security-Token";

    private AuthorizationHeaderParser() {
    }

    static SignedRequest parse(WireRequest request, String authorization) throws AuthFailure {
        String header = authorization.trim();
        int space = firstWhitespace(header);
        String scheme = space < 0 ? header : header.substring(0, space);
        String rest = space < 0 ? "" : header.substring(space + 1);

        boolean sigV4 = SignatureClaims.ALGORITHM.equals(scheme);
        // An AWS-style scheme is judged on its name alone; anything else (Bearer, Basic) on its parameters first.
        if (!sigV4 && scheme.startsWith("AWS")) {
            throw SignatureClaims.unsupportedAlgorithm(scheme);
        }
        Parameters params = keyValuePairs(rest, authorization);
        String xAmzDate = request.header("X-Amz-Date");
        String httpDate = request.header("Date");
        requireParameters(params, scheme, xAmzDate != null || httpDate != null);
        if (!sigV4) {
            throw SignatureClaims.unsupportedAlgorithm(scheme);
        }

        List<String> signedHeaders = SignatureClaims.signedHeaderNames(params.signedHeaders);
        Instant requestTime = xAmzDate != null
                ? RequestTimestamp.parseBasic(xAmzDate.trim())
                : RequestTimestamp.parseHttpDate(httpDate);
        return SignatureClaims.assemble(params.credential, signedHeaders, params.signature, requestTime,
                request.header(SECURITY_TOKEN_HEADER), false);
    }

    /**
     * The three parameters SigV4 reads; any others are ignored, and a repeated one counts with its last value. Fields
     * instead of a map: hashing three fresh keys per request showed in profiles.
     */
    private static final class Parameters {
        private String credential;
        private String signature;
        private String signedHeaders;

        void put(String token, int eq) {
            String value = token.substring(eq + 1);
            if (token.startsWith("Credential=")) {
                credential = value;
            } else if (token.startsWith("Signature=")) {
                signature = value;
            } else if (token.startsWith("SignedHeaders=")) {
                signedHeaders = value;
            }
        }

        boolean has(String name) {
            return switch (name) {
                case "Credential" -> credential != null;
                case "Signature" -> signature != null;
                default -> signedHeaders != null;
            };
        }
    }

    /** Components are separated by commas and/or whitespace; each must be {@code key=value}. */
    private static Parameters keyValuePairs(String rest, String authorization) throws AuthFailure {
        Parameters params = new Parameters();
        int end = 0;
        while (true) {
            int start = end;
            while (start < rest.length() && isSeparator(rest.charAt(start))) {
                start++;
            }
            if (start == rest.length()) {
                break;
            }
            end = start;
            while (end < rest.length() && !isSeparator(rest.charAt(end))) {
                end++;
            }
            String token = rest.substring(start, end);
            int eq = token.indexOf('=');
            if (eq < 0) {
                throw AuthFailure.incompleteSignature("'" + token + "' not a valid key=value pair (missing"
                        + " equal-sign) in Authorization header: '" + authorization + "'.");
            }
            params.put(token, eq);
        }
        return params;
    }

    /** The separators of {@code [,\\s]+}, matched by hand: a regex split compiled a pattern on every request. */
    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** AWS lists every missing piece in one message, then echoes the scheme. */
    private static void requireParameters(Parameters params, String scheme, boolean hasDate)
            throws AuthFailure {
        List<String> missing = new ArrayList<>(4);
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!params.has(name)) {
                missing.add("Authorization header requires '" + name + "' parameter.");
            }
        }
        if (!hasDate) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            throw AuthFailure.incompleteSignature(String.join(" ", missing) + " Authorization=" + scheme);
        }
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
