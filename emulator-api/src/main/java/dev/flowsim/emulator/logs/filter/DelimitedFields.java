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
        int i = 0;
        int n = message.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(message.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char open = message.charAt(i);
            char close = open == '"' ? '"' : open == '[' ? ']' : 0;
            if (close != 0) {
                int end = message.indexOf(close, i + 1);
                if (end > 0) {
                    fields.add(message.substring(i + 1, end));
                    i = end + 1;
                    continue;
                }
            }
            int start = i;
            while (i < n && !Character.isWhitespace(message.charAt(i))) {
                i++;
            }
            fields.add(message.substring(start, i));
        }
        return fields;
    }
}
