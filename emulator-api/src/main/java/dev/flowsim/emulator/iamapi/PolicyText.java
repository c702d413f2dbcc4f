package dev.flowsim.emulator.iamapi;

import java.nio.charset.StandardCharsets;

/** How IAM returns policy documents on the wire. */
public final class PolicyText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PolicyText() {
    }

    /**
     * The document as IAM puts it on the wire: percent-encoded per RFC 3986, so every character except
     * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} of its UTF-8 bytes (a space is {@code %20}, never {@code +}).
     * SDKs and the CLI decode it again; raw clients see exactly this.
     */
    public static String urlEncode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
