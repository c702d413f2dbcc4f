package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.error.AwsException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoralValidationTest {

    @Test
    void oneMissingMemberIsReportedLikeAws() {
        CoralValidation v = new CoralValidation();
        v.required("logGroupName", null);
        AwsException e = assertThrows(AwsException.class, v::throwIfInvalid);
        assertEquals("InvalidParameterException", e.code());
        assertEquals("1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: "
                + "Member must not be null", e.getMessage());
    }

    @Test
    void severalViolationsAreCountedAndJoinedWithSemicolons() {
        CoralValidation v = new CoralValidation();
        v.required("logGroupName", null);
        v.string("logStreamName", "", LogsShapes.LOG_STREAM_NAME);
        v.range("limit", 0, 1, 50);
        assertEquals("3 validation errors detected: "
                + "Value null at 'logGroupName' failed to satisfy constraint: Member must not be null; "
                + "Value '' at 'logStreamName' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1; "
                + "Value '0' at 'limit' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1",
                v.message());
    }

    @Test
    void patternIsListedBeforeLengthForTheSameValue() {
        CoralValidation v = new CoralValidation().string("logGroupNamePrefix", "", LogsShapes.LOG_GROUP_NAME);
        assertEquals("2 validation errors detected: Value '' at 'logGroupNamePrefix' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+; "
                + "Value '' at 'logGroupNamePrefix' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1", v.message());
    }

    @Test
    void upperBoundsAndEnumsUseCoralWording() {
        CoralValidation v = new CoralValidation()
                .range("limit", 10_001, 1, 10_000)
                .oneOf("orderBy", "Name", List.of("LogStreamName", "LastEventTime"));
        assertEquals("2 validation errors detected: "
                + "Value '10001' at 'limit' failed to satisfy constraint: "
                + "Member must have value less than or equal to 10000; "
                + "Value 'Name' at 'orderBy' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [LogStreamName, LastEventTime]", v.message());
    }

    @Test
    void mapKeysAndValuesListEveryConstraintOfTheirShape() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("bad*key", "ok");
        tags.put("team", "x".repeat(257));
        CoralValidation v = new CoralValidation().map("tags", tags, 1, 50, LogsShapes.TAG_KEY, LogsShapes.TAG_VALUE);
        String rendered = tags.toString();
        assertEquals("2 validation errors detected: Value '" + rendered + "' at 'tags' failed to satisfy constraint: "
                + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                + "Member must have length greater than or equal to 1, "
                + "Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$]; "
                + "Value '" + rendered + "' at 'tags' failed to satisfy constraint: "
                + "Map value must satisfy constraint: [Member must have length less than or equal to 256, "
                + "Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]",
                v.message());
    }

    @Test
    void validInputRaisesNothing() {
        CoralValidation v = new CoralValidation()
                .string("logGroupName", "/vpc/flow-logs", LogsShapes.LOG_GROUP_NAME)
                .range("limit", 50, 1, 50)
                .size("logEvents", "[...]", 10_000, 1, 10_000);
        assertFalse(v.hasViolations());
        v.throwIfInvalid();
    }
}
