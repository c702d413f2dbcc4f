package dev.flowsim.simulator.record;

import dev.flowsim.emulator.ec2.LogFormats;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The emulator validates LogFormat at CreateFlowLogs and the publisher renders it; both keep a field catalogue
 * (the simulator cannot depend on the emulator at run time). They must agree on every name, version and order,
 * and on which formats are valid.
 */
class FieldCatalogueAgreementTest {

    @Test
    void bothSidesKnowTheSameFieldsWithTheSameVersionsInTheSameOrder() {
        Map<String, Integer> simulator = new LinkedHashMap<>();
        for (FlowField field : FlowField.values()) {
            simulator.put(field.fieldName(), field.version());
        }
        assertEquals(LogFormats.fieldCatalogue(), simulator);
        assertEquals(LogFormats.DEFAULT_FORMAT, RecordFormat.DEFAULT_FORMAT_STRING);
    }

    @Test
    void bothSidesAcceptAndRefuseTheSameFormatsAndDeriveTheSameVersion() {
        for (String valid : new String[] {"${version} ${srcaddr}", "${next-hop-vpc-id}", "${start} ${start}",
            "${ecs-task-id} ${vpc-id}"}) {
            assertEquals(LogFormats.recordVersion(valid), RecordFormat.parse(valid).version(), valid);
        }
        for (String invalid : new String[] {"${version} ", "$${version}", "${srcaddr}  ${dstaddr}", "",
            "${timestamp}", "version", "${Version}"}) {
            assertEquals(java.util.Optional.empty(), LogFormats.parse(invalid), invalid);
            assertThrows(LogFormatException.class, () -> RecordFormat.parse(invalid), invalid);
        }
    }
}
