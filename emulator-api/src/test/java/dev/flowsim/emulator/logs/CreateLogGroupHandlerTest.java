package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogGroupClass;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.flowsim.emulator.logs.LogsFixture.ACCOUNT;
import static dev.flowsim.emulator.logs.LogsFixture.NOW_MS;
import static dev.flowsim.emulator.logs.LogsFixture.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateLogGroupHandlerTest {

    private static final String PATTERN = "[\\.\\-_/#A-Za-z0-9]+";

    private final LogsFixture logs = new LogsFixture();

    @Test
    void createsAnEmptyStandardGroupAtTheSimulatedTime() {
        assertNull(logs.run("CreateLogGroup", "{\"logGroupName\":\"/vpc/flow-logs\"}"));
        LogGroup group = logs.store.group(ACCOUNT, REGION, "/vpc/flow-logs").orElseThrow();
        assertEquals(NOW_MS, group.creationTime());
        assertEquals(LogGroupClass.STANDARD, group.logGroupClass());
        assertTrue(group.retentionInDays().isEmpty());
        assertEquals(0, group.eventCount());
    }

    @Test
    void keepsTagsKeyClassAndDeletionProtection() {
        logs.run("CreateLogGroup", Map.of("logGroupName", "audit", "kmsKeyId", "arn:aws:kms:eu-west-1:1:key/k",
                "tags", Map.of("team", "net"), "logGroupClass", "INFREQUENT_ACCESS",
                "deletionProtectionEnabled", true));
        LogGroup group = logs.store.group(ACCOUNT, REGION, "audit").orElseThrow();
        assertEquals(Map.of("team", "net"), group.tags());
        assertEquals("arn:aws:kms:eu-west-1:1:key/k", group.kmsKeyId().orElseThrow());
        assertEquals(LogGroupClass.INFREQUENT_ACCESS, group.logGroupClass());
        assertTrue(group.deletionProtectionEnabled());
    }

    @Test
    void aSecondGroupOfTheSameNameIsRefused() {
        logs.createGroup("g");
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"g\"}",
                "ResourceAlreadyExistsException", "The specified log group already exists");
    }

    @Test
    void missingNameIsACoralNullViolation() {
        logs.fails("CreateLogGroup", "{}", "InvalidParameterException",
                "1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void forbiddenCharactersFailThePattern() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"my group:1\"}", "InvalidParameterException",
                "1 validation error detected: Value 'my group:1' at 'logGroupName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: " + PATTERN);
    }

    @Test
    void emptyNameBreaksPatternAndMinimumLength() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"\"}", "InvalidParameterException",
                "2 validation errors detected: Value '' at 'logGroupName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: " + PATTERN + "; "
                        + "Value '' at 'logGroupName' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void namesOver512CharactersGetLogsOwnMessage() {
        logs.createGroup("a".repeat(512));
        logs.fails("CreateLogGroup", Map.of("logGroupName", "a".repeat(513)), "InvalidParameterException",
                "Invalid LogGroup or LogStream, both must have length less than or equal to 512.");
    }

    @Test
    void namesStartingWithAwsSlashAreReservedButSlashAwsIsFine() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"aws/cwagent\"}", "InvalidParameterException",
                "Log groups starting with AWS/ are reserved for AWS.");
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"AWS/x\"}", "InvalidParameterException",
                "Log groups starting with AWS/ are reserved for AWS.");
        logs.createGroup("/aws/lambda/f");
        assertTrue(logs.store.group(ACCOUNT, REGION, "/aws/lambda/f").isPresent());
    }

    @Test
    void optionalMembersAreValidatedTogether() {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("logGroupName", "g");
        body.put("kmsKeyId", "k".repeat(257));
        body.put("tags", tags);
        body.put("logGroupClass", "COLD");
        logs.fails("CreateLogGroup", body, "InvalidParameterException",
                "3 validation errors detected: Value '" + "k".repeat(257) + "' at 'kmsKeyId' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 256; "
                        + "Value '" + tags + "' at 'tags' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 50; "
                        + "Value 'COLD' at 'logGroupClass' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]");
        assertFalse(logs.store.group(ACCOUNT, REGION, "g").isPresent());
    }

    @Test
    void emptyTagMapIsTooShort() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"g\",\"tags\":{}}", "InvalidParameterException",
                "1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void wrongJsonTypesAreSerializationErrors() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":42}", "SerializationException",
                "Expected a string at 'logGroupName' but found an integer");
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"g\",\"tags\":{\"a\":1}}", "SerializationException",
                "Expected a string at 'tags.a' but found an integer");
        logs.fails("CreateLogGroup", "{\"logGroupName\":\"g\",\"deletionProtectionEnabled\":\"yes\"}",
                "SerializationException", "Expected a boolean at 'deletionProtectionEnabled' but found a string");
    }

    @Test
    void jsonNullCountsAsAbsent() {
        logs.fails("CreateLogGroup", "{\"logGroupName\":null}", "InvalidParameterException",
                "1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: "
                        + "Member must not be null");
    }
}
