package dev.flowsim.simulator.record;

/** A flow log's {@code LogFormat} that the simulator cannot render. */
public final class LogFormatException extends IllegalArgumentException {

    public LogFormatException(String message) {
        super(message);
    }
}
