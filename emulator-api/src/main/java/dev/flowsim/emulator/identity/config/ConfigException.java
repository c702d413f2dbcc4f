package dev.flowsim.emulator.identity.config;

/** A configuration flowsim refuses; the message names the file position or the member path, never a secret. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
