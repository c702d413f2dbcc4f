package dev.flowsim.emulator.logs.subscription;

/** A delivery that did not happen: {@code reason} is the short tag its events are counted under. */
public final class DeliveryException extends Exception {

    private final String reason;

    public DeliveryException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public DeliveryException(String reason, String detail) {
        this(reason, detail, null);
    }

    public String reason() {
        return reason;
    }
}
