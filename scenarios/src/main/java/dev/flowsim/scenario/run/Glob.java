package dev.flowsim.scenario.run;

import java.util.regex.Pattern;

/** {@code *} matches any run of characters; everything else matches itself. */
final class Glob {

    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        if (pattern == null) {
            return true;
        }
        if (text == null) {
            return false;
        }
        String regex = java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches();
    }
}
