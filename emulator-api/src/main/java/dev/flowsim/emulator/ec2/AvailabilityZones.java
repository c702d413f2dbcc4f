package dev.flowsim.emulator.ec2;

import java.util.Map;

/**
 * Availability Zone names and ids for a region. Real AZ ids look like {@code use1-az1} / {@code euw1-az2}: a short
 * region code plus a zone number. AWS maps names to ids per account; flowsim uses one fixed mapping (zone "a" is
 * az1) so records and Describe calls agree.
 */
public final class AvailabilityZones {

    private static final Map<String, String> DIRECTION_CODES = Map.of(
            "east", "e", "west", "w", "north", "n", "south", "s", "central", "c",
            "northeast", "ne", "southeast", "se", "northwest", "nw", "southwest", "sw");

    private AvailabilityZones() {
    }

    /** e.g. {@code us-east-1} + {@code 'a'} → {@code us-east-1a}. */
    public static String name(String region, char letter) {
        return region + letter;
    }

    /** e.g. {@code us-east-1} + {@code 'a'} → {@code use1-az1}; {@code ap-southeast-2} + {@code 'b'} → {@code apse2-az2}. */
    public static String id(String region, char letter) {
        return regionCode(region) + "-az" + (letter - 'a' + 1);
    }

    static String regionCode(String region) {
        String[] parts = region.split("-");
        StringBuilder code = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.chars().allMatch(Character::isDigit)) {
                code.append(p);
            } else {
                code.append(DIRECTION_CODES.getOrDefault(p, p.isEmpty() ? "" : p.substring(0, 1)));
            }
        }
        return code.toString();
    }
}
