package dev.flowsim.emulator.sts;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.queryinput.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedPolicySizeTest {

    static final String SMALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"*\"}]}";

    @Test
    void whiteSpaceDoesNotCountAndMoreContentUsesMoreSpace() {
        int small = PackedPolicySize.measure(SMALL, List.of()).policyPercent();

        assertEquals(small, PackedPolicySize.measure(SMALL.replace(",", ",\n    "), List.of()).policyPercent());
        assertTrue(small > 0 && small < PackedPolicySize.measure(SMALL, List.of(new Tag("team", "net")))
                .totalPercent());
    }

    @Test
    void aPolicyWithinThePlaintextLimitCanStillOverflowThePackedSpace() {
        StringBuilder sid = new StringBuilder();
        new SplittableRandom(3).ints(1900, '0', 'z' + 1).filter(Character::isLetterOrDigit)
                .forEach(c -> sid.append((char) c));
        String policy = SMALL.replace("{\"Effect\"", "{\"Sid\":\"" + sid + "\",\"Effect\"");
        var usage = PackedPolicySize.measure(policy, List.of());

        AwsException e = assertThrows(AwsException.class, usage::requireWithinBudget);

        assertTrue(policy.length() <= 2048, "plaintext " + policy.length());
        assertEquals("PackedPolicyTooLarge", e.code());
        assertEquals("Packed policy consumes " + usage.totalPercent() + "% of allotted space, please use smaller "
                + "policy.", e.getMessage());
        assertTrue(usage.totalPercent() > 100);
    }
}
