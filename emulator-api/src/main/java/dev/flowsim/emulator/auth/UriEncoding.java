package dev.flowsim.emulator.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** SigV4's URI encoding (RFC 3986 unreserved set kept, everything else %XX upper case) and path normalisation. */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Percent-decodes to bytes. A '%' not followed by two hex digits stays a literal '%', which is what signers that
     * quote the raw text (botocore, the CRT) put in their canonical form; '+' stays a plus sign for the same reason.
     */
    static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int literalStart = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.writeBytes(text.substring(literalStart, i).getBytes(StandardCharsets.UTF_8));
                out.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 3;
                literalStart = i;
            } else {
                i++;
            }
        }
        out.writeBytes(text.substring(literalStart).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String decodeToString(String text) {
        return new String(decode(text), StandardCharsets.UTF_8);
    }

    /**
     * The canonical URI of a non-S3 request: the path as received (still encoded) with dot segments resolved and empty
     * segments dropped, then every segment URI-encoded once more. Non-S3 signers encode the already-encoded path
     * again, so the server has to do the same to the path it received.
     */
    static String canonicalPath(String rawPath) {
        if (rawPath.equals("/")) {
            // Every JSON and Query call posts to the root, which normalises and encodes to itself.
            return rawPath;
        }
        String normalized = normalizePath(rawPath);
        StringBuilder out = new StringBuilder(normalized.length() + 8);
        int segmentStart = 0;
        for (int i = 0; i <= normalized.length(); i++) {
            if (i == normalized.length() || normalized.charAt(i) == '/') {
                out.append(encode(normalized.substring(segmentStart, i)));
                if (i < normalized.length()) {
                    out.append('/');
                }
                segmentStart = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Removes "." and ".." segments and collapses repeated slashes, keeping a leading slash and a trailing one when
     * the path ended with a slash; this matches the normalisation of the AWS signers (botocore, the CRT suite).
     */
    static String normalizePath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                kept.pollLast();
            } else {
                kept.addLast(segment);
            }
        }
        String leading = path.startsWith("/") ? "/" : "";
        String trailing = path.endsWith("/") && !kept.isEmpty() ? "/" : "";
        String result = leading + String.join("/", kept) + trailing;
        return result.isEmpty() ? "/" : result;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0
                && text.charAt(index) < 128;
    }
}
