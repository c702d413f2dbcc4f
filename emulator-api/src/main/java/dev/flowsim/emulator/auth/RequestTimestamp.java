package dev.flowsim.emulator.auth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** The two date formats SigV4 reads (ISO 8601 basic, RFC 1123) and the two it writes (basic, scope day). */
final class RequestTimestamp {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RequestTimestamp() {
    }

    /** Parses {@code yyyyMMdd'T'HHmmss'Z'}; throws IncompleteSignature with AWS's wording otherwise. */
    static Instant parseBasic(String value) throws AuthFailure {
        Instant quick = parseBasicQuickly(value);
        if (quick != null) {
            return quick;
        }
        try {
            return BASIC.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw notBasicFormat(value);
        }
    }

    /**
     * The common case, {@code yyyyMMddTHHmmssZ} with a valid date and time, read without the formatter (which
     * allocates a parse context and field maps on every request). Null for anything else: the strict formatter then
     * decides, so what is accepted and refused does not change.
     */
    private static Instant parseBasicQuickly(String value) {
        if (value.length() != 16 || value.charAt(8) != 'T' || value.charAt(15) != 'Z') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 4, 2);
        int day = digits(value, 6, 2);
        int hour = digits(value, 9, 2);
        int minute = digits(value, 11, 2);
        int second = digits(value, 13, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3_600L + minute * 60L + second);
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String value, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Parses an HTTP Date header (RFC 1123), used only when X-Amz-Date is absent. */
    static Instant parseHttpDate(String value) throws AuthFailure {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw notBasicFormat(value);
        }
    }

    /** One second's two texts; requests signed in the same second share them (the formatters allocate a lot). */
    private record Formatted(long epochSecond, String basic, String day) {
    }

    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "", "");

    /** {@code yyyyMMdd'T'HHmmss'Z'}; sub-second digits are not part of the format. */
    static String basic(Instant instant) {
        return formatted(instant).basic;
    }

    /** {@code yyyyMMdd}, the UTC day. */
    static String day(Instant instant) {
        return formatted(instant).day;
    }

    private static Formatted formatted(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted current = last;
        if (current.epochSecond != second) {
            Instant whole = Instant.ofEpochSecond(second);
            current = new Formatted(second, BASIC.format(whole), DAY.format(whole));
            last = current;
        }
        return current;
    }

    private static AuthFailure notBasicFormat(String value) {
        return AuthFailure.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + value + "'. See"
                + " http://en.wikipedia.org/wiki/ISO_8601");
    }
}
