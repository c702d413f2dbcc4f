package dev.flowsim.scenario.run;

/** One expectation's outcome: what was expected, whether it held, and what was seen. */
public record Check(String expectation, boolean passed, String observed) {
}
