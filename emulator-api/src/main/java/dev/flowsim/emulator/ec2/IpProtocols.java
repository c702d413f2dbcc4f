package dev.flowsim.emulator.ec2;

import java.util.Locale;
import java.util.Map;

/**
 * IP protocols as EC2 spells them: security-group permissions name {@code tcp}, {@code udp}, {@code icmp} or
 * {@code -1} (all); network-ACL entries use the IANA number as text ({@code 6}, {@code -1}).
 */
public final class IpProtocols {

    public static final int ALL = -1;
    private static final Map<String, Integer> NAMES = Map.of("tcp", 6, "udp", 17, "icmp", 1, "icmpv6", 58,
            "-1", ALL, "all", ALL);

    private IpProtocols() {
    }

    /** @throws IllegalArgumentException if it is neither a known name nor a number 0-255 */
    public static int number(String protocol) {
        if (protocol == null) {
            throw new IllegalArgumentException("a protocol is required (tcp, udp, icmp, -1 or a number 0-255)");
        }
        Integer known = NAMES.get(protocol.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            int n = Integer.parseInt(protocol);
            if (n >= 0 && n <= 255) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the explanation below
        }
        throw new IllegalArgumentException("unknown protocol '" + protocol + "'; use tcp, udp, icmp, -1 or 0-255");
    }

    /** How DescribeSecurityGroups shows it: a name for TCP, UDP and ICMP, else the number. */
    public static String permissionName(int protocol) {
        return switch (protocol) {
            case 6 -> "tcp";
            case 17 -> "udp";
            case 1 -> "icmp";
            case 58 -> "icmpv6";
            default -> Integer.toString(protocol);
        };
    }
}
