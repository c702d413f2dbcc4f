package dev.flowsim.emulator.ec2.topology;

/** A topology file that cannot be used, with where the problem is and what is wrong. */
public final class TopologyConfigException extends RuntimeException {

    public TopologyConfigException(String message) {
        super(message);
    }

    public TopologyConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
