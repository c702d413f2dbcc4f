package dev.flowsim.emulator.logs.insights;

import java.nio.charset.StandardCharsets;

/**
 * One String per distinct ASCII field value: {@code stats ... by action} sees the same few values millions of
 * times, so the group lookup reuses the String (and its cached hash) instead of making one per event. Past
 * {@link #MAX_ENTRIES} distinct values (a high-cardinality key such as {@code srcAddr}) new values are no longer
 * kept, which bounds the memory and costs only the String that would have been made anyway.
 */
final class ValueInterner {

    private static final int MAX_ENTRIES = 1 << 12;

    private String[] table = new String[64];
    private int[] hashes = new int[64];
    private int size;

    /** The text of {@code bytes[from, from + length)}, all ASCII, as a String equal to decoding it. */
    String intern(byte[] bytes, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + (bytes[i] & 0xff);
        }
        int mask = table.length - 1;
        for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String value = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
                if (size < MAX_ENTRIES) {
                    table[slot] = value;
                    hashes[slot] = h;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                }
                return value;
            }
            if (hashes[slot] == h && sameText(known, bytes, from, length)) {
                return known;
            }
        }
    }

    private static boolean sameText(String s, byte[] bytes, int from, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != (bytes[from + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int h = oldHashes[i];
                int slot = (h ^ (h >>> 16)) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = h;
            }
        }
    }
}
