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
}
