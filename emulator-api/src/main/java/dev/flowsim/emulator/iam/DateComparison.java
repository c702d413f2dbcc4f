package dev.flowsim.emulator.iam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The Date operators: values in ISO 8601 (a date, a date-time with Z or an offset, with or without seconds and
 * fractions) or epoch seconds, compared as instants, so {@code 14:00:00+02:00} equals {@code 12:00:00Z} and epoch and
 * ISO values compare with each other. No wildcards, no policy variables. A malformed date in a policy is rejected
 * when the policy is parsed ("The policy failed legacy parsing", reference 8.1); a request value that is not a date
 * matches nothing.
 */
final class DateComparison extends ValueComparison {

    private final NumericComparison.Relation relation;

    DateComparison(NumericComparison.Relation relation, boolean negated) {
        super(negated);
        this.relation = relation;
    }

    @Override
    protected ValueMatcher compileValue(String policyValue, boolean variablesEnabled) {
        Instant limit = parse(policyValue);
        if (limit == null) {
            throw new MalformedPolicyException(PolicyMessages.LEGACY_PARSING);
        }
        return (requestValue, context) -> {
            Instant actual = parse(requestValue);
            return actual != null && relation.holds(actual.compareTo(limit));
        };
    }

    @Override
    protected String relation() {
        return relation == NumericComparison.Relation.EQUAL ? "" : relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                .replace("less", "before").replace("greater", "after") + " ";
    }

    /** An instant from an ISO 8601 date, date-time or epoch seconds; null when the text is none of them. */
    static Instant parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        if (isEpoch(text)) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(text));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            char last = text.charAt(text.length() - 1);
            boolean zoned = last == 'Z' || last == 'z' || text.lastIndexOf('+') > text.indexOf('T')
                    || text.lastIndexOf('-') > text.indexOf('T');
            // Without a zone the time is read as UTC [U]: AWS's own keys always carry Z.
            return zoned ? OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isEpoch(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
