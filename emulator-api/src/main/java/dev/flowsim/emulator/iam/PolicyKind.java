package dev.flowsim.emulator.iam;

/**
 * Where a policy document is attached, which decides the grammar it must follow: identity and session policies never
 * name a principal, trust and resource policies must, and trust policies never name a resource.
 */
public enum PolicyKind {
    /** Attached to a user, group or role (inline or managed). */
    IDENTITY,
    /** A role's assume-role policy. */
    TRUST,
    /** Attached to a resource, here a CloudWatch Logs resource policy. */
    RESOURCE,
    /** Passed to AssumeRole to narrow a session. */
    SESSION
}
