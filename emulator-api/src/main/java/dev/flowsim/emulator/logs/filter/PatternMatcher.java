package dev.flowsim.emulator.logs.filter;

/** One compiled pattern kind. */
interface PatternMatcher {

    /** The match with its extractable fields, or null when the message does not match. */
    PatternMatch match(String message);

    /** Regular expressions in the pattern (AWS allows 2 per pattern). */
    default int regexCount() {
        return 0;
    }
}
