package dev.flowsim.emulator.logs.insights;

/** One {@code {"field": ..., "value": ...}} cell of a GetQueryResults row; the value is always text. */
public record ResultField(String field, String value) {
}
