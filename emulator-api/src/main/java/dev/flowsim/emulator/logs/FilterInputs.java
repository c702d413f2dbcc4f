package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.filter.InvalidFilterPatternException;

import java.util.List;

/** The members metric and subscription filter operations share: group and filter names, the filter pattern. */
final class FilterInputs {

    static final String GROUP = "logGroupName";
    static final String FILTER_NAME = "filterName";
    static final String FILTER_PATTERN = "filterPattern";

    static final StringShape FILTER_NAME_SHAPE = new StringShape(1, 512, "[^:*]*");
    static final StringShape METRIC_NAME = new StringShape(0, 255, "[^:*$]*");
    static final StringShape METRIC_VALUE = new StringShape(0, 100, null);
    static final StringShape DIMENSION_PART = new StringShape(0, 255, null);
    static final StringShape NON_EMPTY = new StringShape(1, Integer.MAX_VALUE, null);
    static final List<String> UNITS = List.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");
    static final List<String> DISTRIBUTIONS = List.of("Random", "ByLogStream");

    private FilterInputs() {
    }

    /**
     * Checks the required group name, leaving its length to {@link #checkGroupNameLength}: names over 512 characters
     * get Logs' own message (recorded for DeleteMetricFilter), after the Coral violations of the other members.
     */
    static void groupName(CoralValidation v, String name) {
        if (v.required(GROUP, name)) {
            v.string(GROUP, name, LogsShapes.LOG_GROUP_NAME.withoutMaxLength());
        }
    }

    static void checkGroupNameLength(String name) {
        if (name.length() > LogsShapes.LOG_GROUP_NAME.maxLength()) {
            throw LogsErrors.invalidParameter(
                    "Invalid LogGroup or LogStream, both must have length less than or equal to 512.");
        }
    }

    static void filterName(CoralValidation v, String name) {
        if (v.required(FILTER_NAME, name)) {
            v.string(FILTER_NAME, name, FILTER_NAME_SHAPE);
        }
    }

    static void filterPattern(CoralValidation v, String pattern) {
        if (v.required(FILTER_PATTERN, pattern)) {
            v.string(FILTER_PATTERN, pattern, LogsShapes.FILTER_PATTERN);
        }
    }

    /** Compiles a pattern; an invalid one is InvalidParameterException with the filter engine's (AWS's) text. */
    static FilterPattern compile(String pattern) {
        try {
            return FilterPattern.compile(pattern);
        } catch (InvalidFilterPatternException e) {
            throw LogsErrors.invalidParameter(e.getMessage());
        }
    }

    /** Whether the pattern is JSON or space-delimited, the kinds whose fields a metric can take dimensions from. */
    static boolean hasFields(String pattern) {
        String trimmed = pattern.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }
}
