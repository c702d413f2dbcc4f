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
    static int locate(CharSequence message, int[] bounds, int max) {
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

    private static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String s) {
            return s.indexOf(c, from);
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Finds the field at or after {@code i}: its span into {@code span}, and where scanning resumes; -1 at the end. */
    private static int next(CharSequence message, int i, int[] span) {
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
            int end = indexOf(message, close, i + 1);
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
