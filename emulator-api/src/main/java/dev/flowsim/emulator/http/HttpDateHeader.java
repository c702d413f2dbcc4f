package dev.flowsim.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code Date} response header (RFC 1123, wall-clock time, as HTTP requires), formatted once per second instead
 * of once per response: the formatter's cost showed in the profile of small requests.
 */
final class HttpDateHeader {

    private record Formatted(long epochSecond, String text) {
    }

    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private HttpDateHeader() {
    }

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted current = last;
        if (current.epochSecond != second) {
            current = new Formatted(second, DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
            last = current;
        }
        return current.text;
    }
}
