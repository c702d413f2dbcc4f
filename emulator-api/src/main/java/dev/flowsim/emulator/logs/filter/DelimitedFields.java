package dev.flowsim.emulator.logs.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an event into the fields a space-delimited pattern sees: runs of blanks separate fields, and text inside
 * {@code "..."} or {@code [...]} is one field without its delimiters (Apache-log style) [U for the stripping].
 */
final class DelimitedFields {

    private DelimitedFields() {
    }

    static List<String> split(String message) {
        List<String> fields = new ArrayList<>();
        int[] span = new int[2];
        for (int i = next(message, 0, span); i >= 0; i = next(message, i, span)) {
            fields.add(message.substring(span[0], span[1]));
        }
        return fields;
    }

    /**
     * Where the fields are, without making Strings: field k spans {@code [bounds[2k], bounds[2k + 1])}.
     *
     * @return the number of fields, or -1 when there are more than {@code max} (the scan stops there)
     */
    static int locate(String message, int[] bounds, int max) {
        int[] span = new int[2];
        int count = 0;
        for (int i = next(message, 0, span); i >= 0; i = next(message, i, span)) {
            if (count == max) {
                return -1;
            }
            bounds[2 * count] = span[0];
            bounds[2 * count + 1] = span[1];
            count++;
        }
        return count;
    }

    /** {@link #locate} found a byte that is not ASCII: decode the message and locate in the text. */
    static final int NOT_ASCII = -2;

    /** Character.isWhitespace for each ASCII code. */
    private static final boolean[] ASCII_BLANK = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_BLANK[c] = Character.isWhitespace(c);
        }
    }

    /**
     * {@link #locate(String, int[], int)} over an ASCII message's bytes (one byte per char, so the same fields);
     * bounds are relative to {@code offset}.
     *
     * @return the number of fields, -1 when there are more than {@code max}, or {@link #NOT_ASCII}
     */
    static int locate(byte[] bytes, int offset, int length, int[] bounds, int max) {
        int end = offset + length;
        int count = 0;
        int i = offset;
        while (true) {
            while (i < end && bytes[i] >= 0 && ASCII_BLANK[bytes[i]]) {
                i++;
            }
            if (i >= end) {
                return count;
            }
            if (bytes[i] < 0) {
                return NOT_ASCII;
            }
            if (count == max) {
                return -1;
            }
            byte open = bytes[i];
            byte close = open == '"' ? (byte) '"' : open == '[' ? (byte) ']' : 0;
            int closing = -1;
            if (close != 0) {
                for (int k = i + 1; k < end; k++) {
                    if (bytes[k] < 0) {
                        return NOT_ASCII;
                    }
                    if (bytes[k] == close) {
                        closing = k;
                        break;
                    }
                }
            }
            if (closing > 0) {
                bounds[2 * count] = i + 1 - offset;
                bounds[2 * count + 1] = closing - offset;
                i = closing + 1;
            } else {
                int start = i;
                while (i < end) {
                    byte b = bytes[i];
                    // Above ' ': printable ASCII, never blank (the usual byte, one test); below: check the table.
                    if (b <= ' ') {
                        if (b < 0) {
                            return NOT_ASCII;
                        }
                        if (ASCII_BLANK[b]) {
                            break;
                        }
                    }
                    i++;
                }
                bounds[2 * count] = start - offset;
                bounds[2 * count + 1] = i - offset;
            }
            count++;
        }
    }

    /** Finds the field at or after {@code i}: its span into {@code span}, and where scanning resumes; -1 at the end. */
    private static int next(String message, int i, int[] span) {
        int n = message.length();
        while (i < n && Character.isWhitespace(message.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        char open = message.charAt(i);
        char close = open == '"' ? '"' : open == '[' ? ']' : 0;
        if (close != 0) {
            int end = message.indexOf(close, i + 1);
            if (end > 0) {
                span[0] = i + 1;
                span[1] = end;
                return end + 1;
            }
        }
        int start = i;
        while (i < n && !Character.isWhitespace(message.charAt(i))) {
            i++;
        }
        span[0] = start;
        span[1] = i;
        return i;
    }
}
