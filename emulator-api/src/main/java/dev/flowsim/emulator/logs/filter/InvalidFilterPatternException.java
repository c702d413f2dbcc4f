package dev.flowsim.emulator.logs.filter;

/**
 * A filter pattern CloudWatch Logs would refuse. The message is the text AWS puts in its
 * {@code InvalidParameterException} where it is known (e.g. {@code Invalid character(s) in term '('}); other texts
 * are flowsim's own wording and are marked [U] in docs/QUERIES.md.
 */
public final class InvalidFilterPatternException extends RuntimeException {

    public InvalidFilterPatternException(String message) {
        super(message, null, false, false);
    }

    static InvalidFilterPatternException invalidCharacter(char c) {
        return new InvalidFilterPatternException("Invalid character(s) in term '" + c + "'");
    }

    // [U] AWS's text for structural errors has not been observed; this wording names what is wrong.
    static InvalidFilterPatternException syntax(String detail) {
        return new InvalidFilterPatternException("Invalid filter pattern: " + detail);
    }
}
