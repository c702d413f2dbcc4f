package dev.flowsim.emulator.ec2;

/** Which records a flow log keeps; the constant names are the wire values. */
public enum TrafficType {
    ACCEPT, REJECT, ALL
}
