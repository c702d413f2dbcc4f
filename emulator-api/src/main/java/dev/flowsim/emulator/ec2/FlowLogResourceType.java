package dev.flowsim.emulator.ec2;

import java.util.Optional;

/**
 * The kinds of resource a flow log can monitor in flowsim, with the error EC2 gives for an id it does not know.
 * The not-found codes and messages are EC2's own for these resource kinds (seen on other EC2 calls [O]).
 */
public enum FlowLogResourceType {
    VPC("InvalidVpcID.NotFound", "vpc"),
    Subnet("InvalidSubnetID.NotFound", "subnet"),
    NetworkInterface("InvalidNetworkInterfaceID.NotFound", "networkInterface");

    private final String notFoundCode;
    private final String idNoun;

    FlowLogResourceType(String notFoundCode, String idNoun) {
        this.notFoundCode = notFoundCode;
        this.idNoun = idNoun;
    }

    /** The ResourceType value on the wire is the constant's name, e.g. {@code NetworkInterface}. */
    public static Optional<FlowLogResourceType> fromWire(String value) {
        for (FlowLogResourceType t : values()) {
            if (t.name().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String notFoundCode() {
        return notFoundCode;
    }

    /** e.g. {@code The vpc ID 'vpc-1' does not exist}. */
    public String notFoundMessage(String id) {
        return "The " + idNoun + " ID '" + id + "' does not exist";
    }
}
