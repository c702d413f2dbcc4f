package dev.flowsim.scenario.model;

import dev.flowsim.emulator.faults.DurationText;

import java.util.List;

/** Value checks shared by the model's records; a failure becomes an error at the value's line and column. */
final class Checks {

    private Checks() {
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    static void duration(String text, String field) {
        try {
            DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "': " + e.getMessage());
        }
    }

    static void region(String region, String field) {
        require(region.matches("[a-z]{2}(-[a-z]+)+-\\d"), "'" + field + "' must be a region such as us-east-2, got '"
                + region + "'");
    }

    static void account(String account, String field) {
        require(account.matches("\\d{12}"), "'" + field + "' must be a 12-digit account id, got '" + account + "'");
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static int exactlyOne(Object... values) {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }
}
