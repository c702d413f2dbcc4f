package dev.flowsim.emulator.logs.insights;

import java.util.Map;

/** Time periods such as {@code 5m} or {@code 1h} in {@code bin()}, {@code datefloor()} and {@code dateceil()}. */
final class Periods {

    private static final Map<String, Long> UNIT_MILLIS = Map.of("ms", 1L, "s", 1_000L, "m", 60_000L,
            "h", 3_600_000L, "d", 86_400_000L, "w", 604_800_000L);

    private Periods() {
    }

    /** Milliseconds of a period token; months, quarters and years are not supported [U]. */
    static long millis(Token token) {
        String text = token.text();
        int unitStart = 0;
        while (unitStart < text.length() && (Character.isDigit(text.charAt(unitStart)) || text.charAt(unitStart) == '.')) {
            unitStart++;
        }
        Long unit = UNIT_MILLIS.get(text.substring(unitStart));
        if (token.kind() != Token.Kind.DURATION || unit == null) {
            throw MalformedQueryException.at(token, "Expected a time period such as 5m or 1h but found "
                    + token.describe());
        }
        long amount = Math.round(Double.parseDouble(text.substring(0, unitStart)) * unit);
        if (amount <= 0) {
            throw MalformedQueryException.at(token, "A time period must be positive");
        }
        return amount;
    }

    static long floor(long millis, long period) {
        return Math.floorDiv(millis, period) * period;
    }
}
