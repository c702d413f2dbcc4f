package dev.flowsim.emulator.iam;

/** The three answers of IAM policy evaluation. */
public enum Outcome {
    ALLOWED,
    /** A Deny statement matched: nothing can override it. */
    EXPLICIT_DENY,
    /** No Deny matched, but the Allows that the request needs were missing. */
    IMPLICIT_DENY
}
