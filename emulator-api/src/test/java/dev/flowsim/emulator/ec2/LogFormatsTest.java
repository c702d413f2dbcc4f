package dev.flowsim.emulator.ec2;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogFormatsTest {

    @Test
    void theDefaultFormatIsTheFourteenVersion2Fields() {
        assertEquals("${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
                + "${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}", LogFormats.DEFAULT_FORMAT);
        assertEquals(14, LogFormats.parse(LogFormats.DEFAULT_FORMAT).orElseThrow().size());
        assertEquals(2, LogFormats.recordVersion(LogFormats.DEFAULT_FORMAT));
    }

    @Test
    void aCustomFormatKeepsItsOrderAndTakesTheHighestFieldVersion() {
        assertEquals(Optional.of(List.of("srcaddr", "vpc-id", "az-id")),
                LogFormats.parse("${srcaddr} ${vpc-id} ${az-id}"));
        assertEquals(4, LogFormats.recordVersion("${srcaddr} ${vpc-id} ${az-id}"));
        assertEquals(11, LogFormats.recordVersion("${version} ${next-hop-vpc-id}"));
        assertEquals(Optional.of(7), LogFormats.fieldVersion("ecs-task-id"));
        assertEquals(Optional.empty(), LogFormats.fieldVersion("timestamp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "${version} ", " ${version}", "${version}  ${srcaddr}", "$${version}",
            "${version},${srcaddr}", "version", "${}", "${timestamp}", "${Version}", "${version}\t${srcaddr}"})
    void refusesAnythingButKnownFieldsSeparatedBySingleSpaces(String format) {
        assertEquals(Optional.empty(), LogFormats.parse(format));
    }
}
