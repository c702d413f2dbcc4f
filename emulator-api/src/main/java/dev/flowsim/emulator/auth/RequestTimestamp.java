package dev.flowsim.emulator.auth;

import java.time.Instant;
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
        try {
            return BASIC.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw notBasicFormat(value);
        }
    }

    /** Parses an HTTP Date header (RFC 1123), used only when X-Amz-Date is absent. */
    static Instant parseHttpDate(String value) throws AuthFailure {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw notBasicFormat(value);
        }
    }

    static String basic(Instant instant) {
        return BASIC.format(instant);
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    private static AuthFailure notBasicFormat(String value) {
        return AuthFailure.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + value + "'. See"
                + " http://en.wikipedia.org/wiki/ISO_8601");
    }
}
