package dev.flowsim.emulator.auth;

import dev.flowsim.emulator.wire.WireRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds, from the request as received, the canonical request the client's signer hashed:
 * method, canonical URI, canonical query, signed headers with their values, the signed-header list, payload hash.
 */
final class CanonicalRequest {

    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final String CONTENT_SHA256_HEADER = "X-Amz-Content-Sha256";
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private CanonicalRequest() {
    }

    static String build(WireRequest request, SignedRequest signed) {
        // An empty query has an empty canonical form (a presigned request always has a query).
        String query = request.rawQuery().isEmpty() ? "" : QueryParameters.parse(request.rawQuery())
                .canonical(signed.presigned() ? PresignedQueryParser.SIGNATURE : null);
        StringBuilder out = new StringBuilder(512);
        out.append(request.method()).append('\n')
                .append(UriEncoding.canonicalPath(request.rawPath())).append('\n')
                .append(query).append('\n');
        appendCanonicalHeaders(out, request, signed.signedHeaders());
        out.append('\n');
        List<String> names = signed.signedHeaders();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(names.get(i));
        }
        return out.append('\n').append(payloadHash(request)).toString();
    }

    /**
     * One {@code name:value} line per signed header: values trimmed, inner whitespace runs collapsed to one space,
     * repeated headers joined with ',' in arrival order. A listed header the request lacks gets an empty value; the
     * signature then decides.
     */
    static String canonicalHeaders(WireRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        appendCanonicalHeaders(out, request, signedHeaders);
        return out.toString();
    }

    private static void appendCanonicalHeaders(StringBuilder out, WireRequest request, List<String> signedHeaders) {
        List<Map.Entry<String, String>> headers = request.headers();
        for (String name : signedHeaders) {
            out.append(name.toLowerCase(Locale.ROOT)).append(':');
            boolean first = true;
            for (int i = 0; i < headers.size(); i++) {
                Map.Entry<String, String> header = headers.get(i);
                if (!header.getKey().equalsIgnoreCase(name)) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                String trimmed = header.getValue().trim();
                out.append(needsCollapsing(trimmed) ? WHITESPACE_RUN.matcher(trimmed).replaceAll(" ") : trimmed);
            }
            out.append('\n');
        }
    }

    /** Whether a trimmed value has a tab, CR, LF or two spaces in a row: the usual value has none. */
    private static boolean needsCollapsing(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n' || (c == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The X-Amz-Content-Sha256 header when sent (the signer used it), else the SHA-256 of the body. */
    static String payloadHash(WireRequest request) {
        String claimed = request.header(CONTENT_SHA256_HEADER);
        return claimed != null ? claimed.trim() : SigningMath.sha256Hex(request.body());
    }

    /** Whether the client declared it did not sign the body. */
    static boolean claimsUnsignedPayload(WireRequest request) {
        String claimed = request.header(CONTENT_SHA256_HEADER);
        return claimed != null && claimed.trim().equals(UNSIGNED_PAYLOAD);
    }

    /**
     * Whether the body is the one the signature covers. A claimed hex hash must be the body's hash; UNSIGNED-PAYLOAD
     * is accepted as sent. Any other claim (aws-chunked streaming, used by S3 only) is refused, as the emulator does
     * not decode chunked signatures.
     */
    static boolean bodyMatchesClaimedHash(WireRequest request) {
        String claimed = request.header(CONTENT_SHA256_HEADER);
        if (claimed == null) {
            return true;
        }
        String value = claimed.trim();
        if (value.equals(UNSIGNED_PAYLOAD)) {
            return true;
        }
        return SHA256_HEX.matcher(value).matches() && value.equalsIgnoreCase(SigningMath.sha256Hex(request.body()));
    }
}
