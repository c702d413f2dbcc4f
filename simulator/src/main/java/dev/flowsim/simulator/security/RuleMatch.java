package dev.flowsim.simulator.security;

/**
 * The protocol and port part of a security-group rule or network-ACL entry. Protocol {@code -1} means all protocols
 * (and all ports); ports apply to TCP and UDP only, so ICMP rules match every ICMP packet whatever their range.
 */
record RuleMatch(int protocol, int fromPort, int toPort) {

    static final int ALL_PROTOCOLS = -1;
    private static final int TCP = 6;
    private static final int UDP = 17;

    boolean matches(int packetProtocol, int destinationPort) {
        return matches(protocol, fromPort, toPort, packetProtocol, destinationPort);
    }

    /** The same check without a RuleMatch object: rules are matched for every packet the model generates. */
    static boolean matches(int protocol, int fromPort, int toPort, int packetProtocol, int destinationPort) {
        if (protocol == ALL_PROTOCOLS) {
            return true;
        }
        if (protocol != packetProtocol) {
            return false;
        }
        if (protocol != TCP && protocol != UDP) {
            return true;
        }
        return fromPort <= destinationPort && destinationPort <= toPort;
    }

    /** {@link #ports}: the rule matches the protocol on every port 0-65535. */
    static final int EVERY_PORT = 1;
    /** {@link #ports}: the rule matches the protocol on no port 0-65535. */
    static final int NO_PORT = 0;
    /** {@link #ports}: the rule matches the protocol on some ports only. */
    static final int SOME_PORTS = 2;

    /**
     * On which destination ports {@link #matches} holds for {@code packetProtocol}: {@link #EVERY_PORT},
     * {@link #NO_PORT} or {@link #SOME_PORTS} of 0-65535.
     */
    static int ports(int protocol, int fromPort, int toPort, int packetProtocol) {
        if (protocol == ALL_PROTOCOLS) {
            return EVERY_PORT;
        }
        if (protocol != packetProtocol) {
            return NO_PORT;
        }
        if (protocol != TCP && protocol != UDP) {
            return EVERY_PORT;
        }
        int from = Math.max(fromPort, 0);
        int to = Math.min(toPort, 65_535);
        if (from > to) {
            return NO_PORT;
        }
        return from == 0 && to == 65_535 ? EVERY_PORT : SOME_PORTS;
    }
}
