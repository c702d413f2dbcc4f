package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * IPv4 addresses as {@code int}s on the record path: parsed once per observation, hashed and compared as numbers by
 * the aggregation table, ordered by a key that sorts exactly as the dotted-quad text does, and written as digits
 * from a table. Only the canonical dotted quad ({@code 0-255} per octet, no leading zeros) is taken, so the number
 * renders back to the very same text; anything else (IPv6, odd spellings) stays on the text path.
 */
public final class Ipv4 {

    /** The dotted-quad text of each octet value. */
    private static final byte[][] OCTET_TEXT = new byte[256][];
    /**
     * Each octet's rank among the 256 octets' texts in {@link String#compareTo} order ("1" &lt; "10" &lt; "100" &lt;
     * "101" ... &lt; "2"). Comparing two dotted quads as text compares their first octets' texts, then (the '.'
     * sorting before every digit, so a shorter octet text that prefixes a longer one sorts first, as it does alone)
     * the second's, and so on: so the ranks, packed, order addresses exactly as their text does.
     */
    private static final int[] TEXT_RANK = new int[256];

    static {
        String[] texts = new String[256];
        for (int octet = 0; octet < 256; octet++) {
            texts[octet] = Integer.toString(octet);
            OCTET_TEXT[octet] = texts[octet].getBytes(StandardCharsets.ISO_8859_1);
        }
        String[] sorted = texts.clone();
        Arrays.sort(sorted);
        for (int rank = 0; rank < 256; rank++) {
            TEXT_RANK[Integer.parseInt(sorted[rank])] = rank;
        }
    }

    private Ipv4() {
    }

    /** The address of canonical dotted-quad text as an unsigned 32-bit number; -1 for anything else. */
    public static long parse(String text) {
        int n = text.length();
        if (n < 7 || n > 15) {
            return -1;
        }
        long address = 0;
        int octets = 0;
        int i = 0;
        while (true) {
            int from = i;
            int value = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            int digits = i - from;
            if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text.charAt(from) == '0')) {
                return -1;
            }
            address = address << 8 | value;
            octets++;
            if (octets == 4) {
                return i == n ? address : -1;
            }
            if (i == n || text.charAt(i) != '.') {
                return -1;
            }
            i++;
        }
    }

    /** The dotted-quad text of an address. */
    public static String text(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }

    /** A key whose unsigned order is the text order of the addresses' dotted quads. */
    public static int textOrderKey(int address) {
        return TEXT_RANK[address >>> 24] << 24 | TEXT_RANK[address >>> 16 & 0xFF] << 16
                | TEXT_RANK[address >>> 8 & 0xFF] << 8 | TEXT_RANK[address & 0xFF];
    }

    /** Compares two addresses as {@link String#compareTo} compares their dotted quads (the sign is what counts). */
    public static int compareAsText(int a, int b) {
        return a == b ? 0 : Integer.compareUnsigned(textOrderKey(a), textOrderKey(b));
    }

    static byte[] octetText(int octet) {
        return OCTET_TEXT[octet];
    }
}
