package dev.flowsim.emulator.iam;

/** How a resource-based or trust statement's Principal relates to the caller (reference 2.3 and 4.2). */
public enum PrincipalMatch {
    /** The statement does not name the caller. */
    NONE,
    /**
     * The statement names the caller's account (id or :root ARN): it delegates to that account's identity policies,
     * which must allow too.
     */
    ACCOUNT,
    /** The statement names the caller itself (user, role for its sessions, session, service, or "*"). */
    DIRECT
}
