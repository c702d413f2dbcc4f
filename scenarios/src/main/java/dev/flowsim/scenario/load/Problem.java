package dev.flowsim.scenario.load;

/** One thing wrong with a scenario file, where it is. Prints as {@code file:line:column: message}. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
