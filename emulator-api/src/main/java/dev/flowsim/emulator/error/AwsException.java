package dev.flowsim.emulator.error;

import java.util.Map;

/**
 * An error as AWS would report it: the code and message the client sees, the HTTP status, and whether the caller
 * (Sender) or the service (Receiver) is at fault. Handlers throw it; only the protocol layer turns it into bytes,
 * so every service's errors take that protocol's exact shape.
 */
public class AwsException extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private final boolean senderFault;
    private final Map<String, String> extraFields;
    private final Map<String, Object> structuredFields;

    public AwsException(String code, String message, int httpStatus) {
        this(code, message, httpStatus, httpStatus < 500, Map.of());
    }

    public AwsException(String code, String message, int httpStatus, boolean senderFault,
                        Map<String, String> extraFields) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.senderFault = senderFault;
        this.extraFields = Map.copyOf(extraFields);
        this.structuredFields = Map.of();
    }

    /**
     * With modelled members whose values are structures (maps, lists, numbers, strings), e.g. Logs'
     * {@code queryCompileError}; the JSON protocol writes them next to {@code message}.
     */
    public AwsException(String code, String message, int httpStatus, Map<String, Object> structuredFields) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.senderFault = httpStatus < 500;
        this.extraFields = Map.of();
        this.structuredFields = Map.copyOf(structuredFields);
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Query protocols print this as {@code <Type>Sender</Type>} or {@code Receiver}. */
    public boolean senderFault() {
        return senderFault;
    }

    /** Modelled members beside code and message (JSON protocol only), e.g. {@code resourceName}. */
    public Map<String, String> extraFields() {
        return extraFields;
    }

    /** Modelled structure-valued members (JSON protocol only). */
    public Map<String, Object> structuredFields() {
        return structuredFields;
    }
}
