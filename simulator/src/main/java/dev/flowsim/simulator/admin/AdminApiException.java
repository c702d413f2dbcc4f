package dev.flowsim.simulator.admin;

/** The emulator's admin API answered with something other than what the contract promises. */
public final class AdminApiException extends RuntimeException {

    private final int status;

    public AdminApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public AdminApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status, or -1 when the answer could not be read at all. */
    public int status() {
        return status;
    }
}
