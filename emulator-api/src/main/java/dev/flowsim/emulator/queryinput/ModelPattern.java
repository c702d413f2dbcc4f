package dev.flowsim.emulator.queryinput;

import java.util.regex.Pattern;

/**
 * A string constraint from an AWS service model: the text AWS prints in validation errors and the regular expression
 * that enforces it. The two differ only where the model's text is not a valid Java expression (code points above
 * U+FFFF written as {@code \u10000}).
 */
public record ModelPattern(String modelText, Pattern regex) {

    /** A model pattern that Java reads as written. */
    public static ModelPattern of(String modelText) {
        return new ModelPattern(modelText, Pattern.compile(modelText));
    }

    /** A model pattern printed as {@code modelText} but enforced with {@code javaRegex}. */
    public static ModelPattern printedAs(String modelText, String javaRegex) {
        return new ModelPattern(modelText, Pattern.compile(javaRegex));
    }

    /** AWS anchors model patterns at both ends: the whole value must match. */
    public boolean matches(String value) {
        return regex.matcher(value).matches();
    }
}
