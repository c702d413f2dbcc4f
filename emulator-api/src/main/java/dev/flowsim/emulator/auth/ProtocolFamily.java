package dev.flowsim.emulator.auth;

/**
 * The error dialect a service speaks, which decides how an authentication failure is named on the wire.
 * CloudWatch Logs is {@link #JSON}; STS and IAM are {@link #QUERY}; EC2 has its own {@link #EC2} codes.
 */
public enum ProtocolFamily {
    JSON,
    QUERY,
    EC2
}
